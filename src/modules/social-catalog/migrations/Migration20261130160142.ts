import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130160142 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_catalog_watermark" drop constraint if exists "social_catalog_watermark_name_unique";`);
    this.addSql(`create table if not exists "social_catalog_watermark" ("id" text not null, "name" text not null, "watched_at" timestamptz not null, "seen" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_catalog_watermark_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_catalog_watermark_deleted_at" ON "social_catalog_watermark" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_catalog_watermark_name_unique" ON "social_catalog_watermark" ("name") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "social_catalog_watermark" cascade;`);
  }

}
