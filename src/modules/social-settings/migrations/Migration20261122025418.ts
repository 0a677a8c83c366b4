import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122025418 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_settings" drop constraint if exists "social_settings_scope_unique";`);
    this.addSql(`create table if not exists "social_settings" ("id" text not null, "scope" text not null default 'default', "storefront_url" text null, "product_url_template" text null, "allowed_redirect_origins" jsonb null, "brand_name" text null, "brand_colors" jsonb null, "logo_file_id" text null, "enabled_networks" jsonb null, "features" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_settings_deleted_at" ON "social_settings" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_settings_scope_unique" ON "social_settings" ("scope") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "social_settings" cascade;`);
  }

}
