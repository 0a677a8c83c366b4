import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122055219 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_catalog_pending" drop constraint if exists "social_catalog_pending_channel_id_product_id_unique";`);
    this.addSql(`drop index if exists "IDX_social_catalog_pending_product_id_unique";`);

    // Added by hand to the generated statements: products already queued (one row for all
    // channels) are queued again for each enabled channel before the column becomes required.
    this.addSql(`alter table if exists "social_catalog_pending" add column if not exists "channel_id" text null;`);
    this.addSql(`insert into "social_catalog_pending" ("id", "channel_id", "product_id", "created_at", "updated_at") select 'scpd_' || md5(c."id" || p."product_id"), c."id", p."product_id", p."created_at", p."updated_at" from "social_catalog_pending" p cross join "social_catalog_channel" c where p."channel_id" is null and p."deleted_at" is null and c."enabled" = true and c."deleted_at" is null;`);
    this.addSql(`delete from "social_catalog_pending" where "channel_id" is null;`);
    this.addSql(`alter table if exists "social_catalog_pending" alter column "channel_id" set not null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_catalog_pending_channel_id_product_id_unique" ON "social_catalog_pending" ("channel_id", "product_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_social_catalog_pending_channel_id_product_id_unique";`);
    this.addSql(`delete from "social_catalog_pending" a using "social_catalog_pending" b where a."product_id" = b."product_id" and a."id" > b."id";`);
    this.addSql(`alter table if exists "social_catalog_pending" drop column if exists "channel_id";`);

    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_catalog_pending_product_id_unique" ON "social_catalog_pending" ("product_id") WHERE deleted_at IS NULL;`);
  }

}
