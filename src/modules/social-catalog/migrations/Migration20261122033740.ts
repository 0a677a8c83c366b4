import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122033740 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_catalog_pending" drop constraint if exists "social_catalog_pending_product_id_unique";`);
    this.addSql(`alter table if exists "social_catalog_item" drop constraint if exists "social_catalog_item_channel_id_variant_id_unique";`);
    this.addSql(`create table if not exists "social_catalog_channel" ("id" text not null, "name" text not null, "destination" text check ("destination" in ('meta', 'google', 'pinterest', 'tiktok')) not null, "mode" text check ("mode" in ('feed', 'push', 'both')) not null default 'feed', "enabled" boolean not null default true, "sales_channel_id" text null, "region_id" text null, "currency_code" text not null, "language" text not null, "country" text not null, "prices_include_tax" boolean not null default false, "credentials" text null, "credential_keys" jsonb null, "filters" jsonb null, "field_mapping" jsonb null, "feed_format" text not null, "feed_token" text not null, "feed" jsonb null, "feed_status" text null, "feed_error" text null, "last_full_sync_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_catalog_channel_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_catalog_channel_deleted_at" ON "social_catalog_channel" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_catalog_channel_destination" ON "social_catalog_channel" ("destination") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "social_catalog_item" ("id" text not null, "channel_id" text not null, "variant_id" text not null, "product_id" text not null, "payload" jsonb null, "feed_row" text null, "content_hash" text null, "last_sent_hash" text null, "valid" boolean not null default true, "status" text not null default 'not_sent', "error_code" text null, "errors" jsonb null, "warnings" jsonb null, "remote_id" text null, "remote_status" text null, "attempts" integer not null default 0, "next_attempt_at" timestamptz null, "dirty" boolean not null default false, "to_delete" boolean not null default false, "batch_handle" text null, "sent_at" timestamptz null, "seen_run_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_catalog_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_catalog_item_deleted_at" ON "social_catalog_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_catalog_item_channel_id_variant_id_unique" ON "social_catalog_item" ("channel_id", "variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_catalog_item_channel_id_id" ON "social_catalog_item" ("channel_id", "id") WHERE dirty = true AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_catalog_item_channel_id_status_error_code" ON "social_catalog_item" ("channel_id", "status", "error_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_catalog_item_product_id" ON "social_catalog_item" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "social_catalog_pending" ("id" text not null, "product_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_catalog_pending_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_catalog_pending_deleted_at" ON "social_catalog_pending" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_catalog_pending_product_id_unique" ON "social_catalog_pending" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "social_catalog_run" ("id" text not null, "channel_id" text not null, "kind" text check ("kind" in ('full', 'delta')) not null default 'full', "status" text check ("status" in ('queued', 'running', 'succeeded', 'failed')) not null default 'queued', "stage" text null, "force" boolean not null default false, "total" integer not null default 0, "done" integer not null default 0, "results" jsonb null, "error" text null, "started_at" timestamptz null, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_catalog_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_catalog_run_deleted_at" ON "social_catalog_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_catalog_run_channel_id_created_at" ON "social_catalog_run" ("channel_id", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "social_catalog_channel" cascade;`);

    this.addSql(`drop table if exists "social_catalog_item" cascade;`);

    this.addSql(`drop table if exists "social_catalog_pending" cascade;`);

    this.addSql(`drop table if exists "social_catalog_run" cascade;`);
  }

}
