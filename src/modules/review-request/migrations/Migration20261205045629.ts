import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205045629 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "review_request_optout" drop constraint if exists "review_request_optout_customer_id_unique";`);
    this.addSql(`alter table if exists "review_request_item" drop constraint if exists "review_request_item_order_line_item_id_unique";`);
    this.addSql(`alter table if exists "review_request" drop constraint if exists "review_request_order_id_unique";`);
    this.addSql(`create table if not exists "review_request" ("id" text not null, "order_id" text not null, "customer_id" text null, "email" text null, "country_code" text null, "status" text check ("status" in ('scheduled', 'sent', 'reminded', 'reviewed', 'unsubscribed', 'skipped')) not null default 'scheduled', "shipped_at" timestamptz null, "delivered_at" timestamptz null, "due_at" timestamptz not null, "sent_at" timestamptz null, "reminder_due_at" timestamptz null, "reminded_at" timestamptz null, "skip_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_request_deleted_at" ON "review_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_request_order_id_unique" ON "review_request" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_request_status_due_at" ON "review_request" ("status", "due_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_request_status_reminder_due_at" ON "review_request" ("status", "reminder_due_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_request_customer_id" ON "review_request" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review_request_item" ("id" text not null, "order_line_item_id" text not null, "product_id" text not null, "title" text not null, "thumbnail" text null, "status" text check ("status" in ('pending', 'reviewed', 'excluded')) not null default 'pending', "review_id" text null, "reviewed_at" timestamptz null, "expires_at" timestamptz null, "request_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_request_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_request_item_request_id" ON "review_request_item" ("request_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_request_item_deleted_at" ON "review_request_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_request_item_order_line_item_id_unique" ON "review_request_item" ("order_line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_request_item_product_id" ON "review_request_item" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review_request_optout" ("id" text not null, "customer_id" text not null, "request_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_request_optout_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_request_optout_deleted_at" ON "review_request_optout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_request_optout_customer_id_unique" ON "review_request_optout" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review_request_settings" ("id" text not null, "enabled" boolean not null default false, "delay_days" integer not null default 7, "after_delivery_days" integer not null default 0, "country_delays" jsonb null, "reminder_days" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_request_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_request_settings_deleted_at" ON "review_request_settings" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "review_request_item" add constraint "review_request_item_request_id_foreign" foreign key ("request_id") references "review_request" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "review_request_item" drop constraint if exists "review_request_item_request_id_foreign";`);

    this.addSql(`drop table if exists "review_request" cascade;`);

    this.addSql(`drop table if exists "review_request_item" cascade;`);

    this.addSql(`drop table if exists "review_request_optout" cascade;`);

    this.addSql(`drop table if exists "review_request_settings" cascade;`);
  }

}
