import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205055547 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "social_publish_account" ("id" text not null, "network" text check ("network" in ('facebook', 'instagram', 'pinterest', 'x', 'linkedin', 'tiktok')) not null, "name" text not null, "external_id" text not null, "board_id" text null, "credentials" text null, "credential_keys" jsonb null, "status" text check ("status" in ('unchecked', 'connected', 'refused')) not null default 'unchecked', "status_message" text null, "checked_at" timestamptz null, "time_zone" text not null default 'UTC', "monthly_post_budget" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_publish_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_publish_account_deleted_at" ON "social_publish_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_publish_account_network" ON "social_publish_account" ("network") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "social_publish_post" ("id" text not null, "account_id" text not null, "status" text check ("status" in ('draft', 'scheduled', 'publishing', 'published', 'failed', 'held')) not null default 'draft', "product_id" text null, "variant_id" text null, "collection_id" text null, "link_url" text null, "template" text null, "text" text not null, "title" text null, "media" text not null, "locale" text not null default '', "currency_code" text not null default '', "country_code" text null, "scheduled_at" timestamptz null, "time_zone" text not null default 'UTC', "share_link_id" text null, "share_code" text null, "container_id" text null, "platform_post_id" text null, "permalink" text null, "error_message" text null, "attempts" integer not null default 0, "lease_until" timestamptz null, "next_attempt_at" timestamptz null, "published_at" timestamptz null, "origin" text not null default 'manual', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_publish_post_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_publish_post_deleted_at" ON "social_publish_post" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_publish_post_scheduled_at" ON "social_publish_post" ("scheduled_at") WHERE status = 'scheduled' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_publish_post_lease_until" ON "social_publish_post" ("lease_until") WHERE status = 'publishing' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_publish_post_account_id_scheduled_at" ON "social_publish_post" ("account_id", "scheduled_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_publish_post_product_id" ON "social_publish_post" ("product_id") WHERE product_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "social_publish_account" cascade;`);

    this.addSql(`drop table if exists "social_publish_post" cascade;`);
  }

}
