import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122030934 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_share_visitor" drop constraint if exists "social_share_visitor_share_link_id_visitor_hash_unique";`);
    this.addSql(`alter table if exists "social_share_link" drop constraint if exists "social_share_link_sharer_key_product_id_network_unique";`);
    this.addSql(`alter table if exists "social_share_link" drop constraint if exists "social_share_link_code_unique";`);
    this.addSql(`alter table if exists "social_share_click_batch" drop constraint if exists "social_share_click_batch_batch_id_share_link_id_unique";`);
    this.addSql(`create table if not exists "social_share_click_batch" ("id" text not null, "batch_id" text not null, "share_link_id" text not null, "clicks" integer not null default 0, "bot_clicks" integer not null default 0, "self_clicks" integer not null default 0, "new_visitors" integer not null default 0, "first_click_at" timestamptz not null, "last_click_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_share_click_batch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_share_click_batch_deleted_at" ON "social_share_click_batch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_share_click_batch_batch_id_share_link_id_unique" ON "social_share_click_batch" ("batch_id", "share_link_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_share_click_batch_share_link_id" ON "social_share_click_batch" ("share_link_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "social_share_link" ("id" text not null, "code" text not null, "product_id" text not null, "customer_id" text null, "sharer_key" text not null, "network" text not null, "creator_visitor_hash" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_share_link_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_share_link_deleted_at" ON "social_share_link" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_share_link_code_unique" ON "social_share_link" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_share_link_sharer_key_product_id_network_unique" ON "social_share_link" ("sharer_key", "product_id", "network") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_share_link_product_id" ON "social_share_link" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_share_link_customer_id" ON "social_share_link" ("customer_id") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "social_share_visitor" ("id" text not null, "share_link_id" text not null, "visitor_hash" text not null, "batch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_share_visitor_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_share_visitor_deleted_at" ON "social_share_visitor" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_share_visitor_share_link_id_visitor_hash_unique" ON "social_share_visitor" ("share_link_id", "visitor_hash") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "social_share_click_batch" cascade;`);

    this.addSql(`drop table if exists "social_share_link" cascade;`);

    this.addSql(`drop table if exists "social_share_visitor" cascade;`);
  }

}
