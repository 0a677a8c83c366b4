import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205174118 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "social_catalog_item_content" ("id" text not null, "payload" jsonb null, "feed_row" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_catalog_item_content_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_catalog_item_content_deleted_at" ON "social_catalog_item_content" ("deleted_at") WHERE deleted_at IS NULL;`);

    // Added by hand to the generated migration: the stored payloads and feed rows move to the new
    // table under their item's id before the columns go, so an upgrade re-renders and re-sends nothing.
    this.addSql(`insert into "social_catalog_item_content" ("id", "payload", "feed_row") select "id", "payload", "feed_row" from "social_catalog_item" on conflict do nothing;`);
    this.addSql(`alter table if exists "social_catalog_item" drop column if exists "payload", drop column if exists "feed_row";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "social_catalog_item" add column if not exists "payload" jsonb null, add column if not exists "feed_row" text null;`);
    // Added by hand: the content goes back onto the item rows before its table is dropped.
    this.addSql(`update "social_catalog_item" i set "payload" = c."payload", "feed_row" = c."feed_row" from "social_catalog_item_content" c where c."id" = i."id";`);
    this.addSql(`drop table if exists "social_catalog_item_content" cascade;`);
  }

}
