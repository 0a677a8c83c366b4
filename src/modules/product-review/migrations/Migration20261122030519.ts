import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122030519 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_review_vote" drop constraint if exists "product_review_vote_review_id_voter_key_unique";`);
    this.addSql(`alter table if exists "product_review_response" drop constraint if exists "product_review_response_review_id_unique";`);
    this.addSql(`alter table if exists "product_review" drop constraint if exists "product_review_product_id_customer_id_unique";`);
    this.addSql(`create table if not exists "product_review" ("id" text not null, "product_id" text not null, "customer_id" text not null, "order_id" text null, "order_line_item_id" text null, "rating" integer not null, "title" text not null, "body" text not null, "author_name" text null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "rejection_reason" text null, "moderated_at" timestamptz null, "moderated_by" text null, "verified_purchase" boolean not null default false, "incentivized" boolean not null default false, "incentive_grant_id" text null, "has_media" boolean not null default false, "helpful_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_review_pkey" primary key ("id"), constraint product_review_rating_range check (rating >= 1 AND rating <= 5));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_review_deleted_at" ON "product_review" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_review_product_id_customer_id_unique" ON "product_review" ("product_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_review_product_id_status_created_at" ON "product_review" ("product_id", "status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_review_status_created_at" ON "product_review" ("status", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "product_review_media" ("id" text not null, "file_id" text not null, "url" text not null, "mime_type" text not null, "width" integer not null, "height" integer not null, "size" integer not null, "rank" integer not null default 0, "review_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_review_media_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_review_media_review_id" ON "product_review_media" ("review_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_review_media_deleted_at" ON "product_review_media" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "product_review_response" ("id" text not null, "body" text not null, "author_id" text null, "review_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_review_response_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_review_response_review_id" ON "product_review_response" ("review_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_review_response_deleted_at" ON "product_review_response" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_review_response_review_id_unique" ON "product_review_response" ("review_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "product_review_vote" ("id" text not null, "review_id" text not null, "voter_key" text not null, "customer_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_review_vote_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_review_vote_deleted_at" ON "product_review_vote" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_review_vote_review_id_voter_key_unique" ON "product_review_vote" ("review_id", "voter_key") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "product_review_media" add constraint "product_review_media_review_id_foreign" foreign key ("review_id") references "product_review" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "product_review_response" add constraint "product_review_response_review_id_foreign" foreign key ("review_id") references "product_review" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "product_review_media" drop constraint if exists "product_review_media_review_id_foreign";`);

    this.addSql(`alter table if exists "product_review_response" drop constraint if exists "product_review_response_review_id_foreign";`);

    this.addSql(`drop table if exists "product_review" cascade;`);

    this.addSql(`drop table if exists "product_review_media" cascade;`);

    this.addSql(`drop table if exists "product_review_response" cascade;`);

    this.addSql(`drop table if exists "product_review_vote" cascade;`);
  }

}
