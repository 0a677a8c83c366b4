import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122055851 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_share_link" drop constraint if exists "social_share_link_sharer_key_product_id_network_locale_unique";`);
    this.addSql(`drop index if exists "IDX_social_share_link_sharer_key_product_id_network_unique";`);

    this.addSql(`alter table if exists "social_share_link" add column if not exists "locale" text not null default '';`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_share_link_sharer_key_product_id_network_locale_unique" ON "social_share_link" ("sharer_key", "product_id", "network", "locale") WHERE deleted_at IS NULL;`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_share_visitor_created_at" ON "social_share_visitor" ("created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_social_share_link_sharer_key_product_id_network_locale_unique";`);
    this.addSql(`alter table if exists "social_share_link" drop column if exists "locale";`);

    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_share_link_sharer_key_product_id_network_unique" ON "social_share_link" ("sharer_key", "product_id", "network") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_social_share_visitor_created_at";`);
  }

}
