import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205045601 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_review" drop constraint if exists "product_review_import_key_unique";`);
    this.addSql(`alter table if exists "product_review_report" drop constraint if exists "product_review_report_review_id_reporter_key_unique";`);
    this.addSql(`create table if not exists "product_review_import" ("id" text not null, "format" text check ("format" in ('judgeme', 'yotpo', 'generic')) not null, "filename" text null, "file_id" text not null, "status" text check ("status" in ('pending', 'running', 'completed', 'failed')) not null default 'pending', "review_status" text check ("review_status" in ('pending', 'approved')) not null default 'approved', "photo_hosts" jsonb null, "total_rows" integer not null default 0, "processed_rows" integer not null default 0, "created_count" integer not null default 0, "existing_count" integer not null default 0, "error_count" integer not null default 0, "photo_count" integer not null default 0, "errors" jsonb null, "started_at" timestamptz null, "finished_at" timestamptz null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_review_import_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_review_import_deleted_at" ON "product_review_import" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_review_import_created_at" ON "product_review_import" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "product_review_report" ("id" text not null, "review_id" text not null, "reporter_key" text not null, "customer_id" text null, "reason" text check ("reason" in ('spam', 'offensive', 'off_topic', 'personal_information', 'fake', 'other')) not null, "comment" text null, "resolved_at" timestamptz null, "resolution" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_review_report_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_review_report_deleted_at" ON "product_review_report" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_review_report_review_id_reporter_key_unique" ON "product_review_report" ("review_id", "reporter_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_review_report_resolved_at_created_at" ON "product_review_report" ("resolved_at", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "product_review" add column if not exists "source" text not null default 'store', add column if not exists "import_key" text null, add column if not exists "import_id" text null;`);
    this.addSql(`alter table if exists "product_review" alter column "customer_id" type text using ("customer_id"::text);`);
    this.addSql(`alter table if exists "product_review" alter column "customer_id" drop not null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_review_import_key_unique" ON "product_review" ("import_key") WHERE import_key IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "product_review_media" add column if not exists "is_public" boolean not null default true;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_review_import" cascade;`);

    this.addSql(`drop table if exists "product_review_report" cascade;`);

    this.addSql(`drop index if exists "IDX_product_review_import_key_unique";`);
    this.addSql(`alter table if exists "product_review" drop column if exists "source", drop column if exists "import_key", drop column if exists "import_id";`);

    this.addSql(`alter table if exists "product_review" alter column "customer_id" type text using ("customer_id"::text);`);
    this.addSql(`alter table if exists "product_review" alter column "customer_id" set not null;`);

    this.addSql(`alter table if exists "product_review_media" drop column if exists "is_public";`);
  }

}
