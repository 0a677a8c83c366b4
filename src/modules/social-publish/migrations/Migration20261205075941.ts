import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205075941 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_inbox_item" drop constraint if exists "social_inbox_item_account_id_platform_comment_id_unique";`);
    this.addSql(`alter table if exists "social_inbox_cursor" drop constraint if exists "social_inbox_cursor_post_id_unique";`);
    this.addSql(`create table if not exists "social_inbox_cursor" ("id" text not null, "post_id" text not null, "cursor" text null, "polled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_inbox_cursor_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_inbox_cursor_deleted_at" ON "social_inbox_cursor" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_inbox_cursor_post_id_unique" ON "social_inbox_cursor" ("post_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "social_inbox_item" ("id" text not null, "account_id" text not null, "network" text check ("network" in ('facebook', 'instagram', 'x')) not null, "post_id" text null, "product_id" text null, "platform_comment_id" text not null, "platform_post_id" text null, "platform_parent_id" text null, "kind" text check ("kind" in ('comment', 'reply', 'mention')) not null default 'comment', "author_name" text null, "author_handle" text null, "text" text not null default '', "commented_at" timestamptz not null, "status" text check ("status" in ('open', 'done', 'hidden')) not null default 'open', "replied_at" timestamptz null, "reply_id" text null, "reply_text" text null, "unanswered_alerted_at" timestamptz null, "words_alerted_at" timestamptz null, "removed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_inbox_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_inbox_item_deleted_at" ON "social_inbox_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_inbox_item_account_id_platform_comment_id_unique" ON "social_inbox_item" ("account_id", "platform_comment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_inbox_item_status_commented_at" ON "social_inbox_item" ("status", "commented_at") WHERE removed_at IS NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_inbox_item_post_id" ON "social_inbox_item" ("post_id") WHERE post_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_inbox_item_product_id" ON "social_inbox_item" ("product_id") WHERE product_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_inbox_item_commented_at" ON "social_inbox_item" ("commented_at") WHERE status = 'open' AND unanswered_alerted_at IS NULL AND removed_at IS NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "social_inbox_cursor" cascade;`);

    this.addSql(`drop table if exists "social_inbox_item" cascade;`);
  }

}
