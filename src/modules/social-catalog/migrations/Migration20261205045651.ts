import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205045651 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_catalog_item" add column if not exists "send_key" text null;`);

    this.addSql(`alter table if exists "social_catalog_run" add column if not exists "reconcile" boolean not null default false, add column if not exists "lease_owner" text null, add column if not exists "lease_expires_at" timestamptz null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_catalog_run_status_lease_expires_at" ON "social_catalog_run" ("status", "lease_expires_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "social_catalog_item" drop column if exists "send_key";`);

    this.addSql(`drop index if exists "IDX_social_catalog_run_status_lease_expires_at";`);
    this.addSql(`alter table if exists "social_catalog_run" drop column if exists "reconcile", drop column if exists "lease_owner", drop column if exists "lease_expires_at";`);
  }

}
