import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130163411 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_share_link" drop constraint if exists "social_share_link_sharer_key_product_id_network_locale_currency_code_unique";`);
    this.addSql(`drop index if exists "IDX_social_share_link_sharer_key_product_id_network_locale_unique";`);

    this.addSql(`alter table if exists "social_share_link" add column if not exists "currency_code" text not null default '';`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_share_link_sharer_key_product_id_network_locale_currency_code_unique" ON "social_share_link" ("sharer_key", "product_id", "network", "locale", "currency_code") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_social_share_link_sharer_key_product_id_network_locale_currency_code_unique";`);
    this.addSql(`alter table if exists "social_share_link" drop column if exists "currency_code";`);

    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_share_link_sharer_key_product_id_network_locale_unique" ON "social_share_link" ("sharer_key", "product_id", "network", "locale") WHERE deleted_at IS NULL;`);
  }

}
