import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205084519 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_publish_post" drop constraint if exists "social_publish_post_dedupe_key_unique";`);
    this.addSql(`alter table if exists "social_publish_account" drop constraint if exists "social_publish_account_bio_handle_unique";`);
    this.addSql(`alter table if exists "social_publish_auto_watch" drop constraint if exists "social_publish_auto_watch_rule_id_product_id_variant_id_unique";`);
    this.addSql(`create table if not exists "social_publish_auto_rule" ("id" text not null, "account_id" text not null, "trigger" text check ("trigger" in ('product_published', 'back_in_stock', 'sale_started', 'price_dropped', 'review_approved')) not null, "template" text not null, "locale" text not null default '', "currency_code" text not null, "mode" text check ("mode" in ('draft', 'scheduled')) not null default 'draft', "delay_minutes" integer not null default 10, "cooldown_hours" integer not null default 72, "min_drop_percent" integer not null default 0, "enabled" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_publish_auto_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_publish_auto_rule_deleted_at" ON "social_publish_auto_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_publish_auto_rule_trigger" ON "social_publish_auto_rule" ("trigger") WHERE enabled = true AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_publish_auto_rule_account_id" ON "social_publish_auto_rule" ("account_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "social_publish_auto_watch" ("id" text not null, "rule_id" text not null, "product_id" text not null, "variant_id" text not null default '', "in_stock" boolean not null, "amount" numeric null, "on_sale" boolean not null, "seq" integer not null default 0, "raw_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_publish_auto_watch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_publish_auto_watch_deleted_at" ON "social_publish_auto_watch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_publish_auto_watch_rule_id_product_id_variant_id_unique" ON "social_publish_auto_watch" ("rule_id", "product_id", "variant_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "social_publish_account" add column if not exists "bio_handle" text null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_publish_account_bio_handle_unique" ON "social_publish_account" ("bio_handle") WHERE bio_handle IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "social_publish_post" add column if not exists "dedupe_key" text null, add column if not exists "metrics" jsonb null, add column if not exists "metrics_at" timestamptz null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_publish_post_dedupe_key_unique" ON "social_publish_post" ("dedupe_key") WHERE dedupe_key IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_publish_post_account_id_published_at" ON "social_publish_post" ("account_id", "published_at") WHERE status = 'published' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_publish_post_published_at" ON "social_publish_post" ("published_at") WHERE status = 'published' AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "social_publish_auto_rule" cascade;`);

    this.addSql(`drop table if exists "social_publish_auto_watch" cascade;`);

    this.addSql(`drop index if exists "IDX_social_publish_account_bio_handle_unique";`);
    this.addSql(`alter table if exists "social_publish_account" drop column if exists "bio_handle";`);

    this.addSql(`drop index if exists "IDX_social_publish_post_dedupe_key_unique";`);
    this.addSql(`drop index if exists "IDX_social_publish_post_account_id_published_at";`);
    this.addSql(`drop index if exists "IDX_social_publish_post_published_at";`);
    this.addSql(`alter table if exists "social_publish_post" drop column if exists "dedupe_key", drop column if exists "metrics", drop column if exists "metrics_at";`);
  }

}
