import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122030630 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_card" drop constraint if exists "social_card_hash_unique";`);
    this.addSql(`create table if not exists "social_card" ("id" text not null, "hash" text not null, "product_id" text not null, "variant_id" text null, "format" text not null, "currency_code" text not null, "locale" text not null, "file_id" text not null, "mime" text not null, "width" integer not null, "height" integer not null, "size" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_card_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_card_deleted_at" ON "social_card" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_card_hash_unique" ON "social_card" ("hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_card_product_id_format" ON "social_card" ("product_id", "format") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "social_card" cascade;`);
  }

}
