import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205053533 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_publish_post" add column if not exists "lease_until" timestamptz null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_publish_post_lease_until" ON "social_publish_post" ("lease_until") WHERE status = 'publishing' AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_social_publish_post_lease_until";`);
    this.addSql(`alter table if exists "social_publish_post" drop column if exists "lease_until";`);
  }

}
