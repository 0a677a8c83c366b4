import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122030800 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_order_attribution" drop constraint if exists "social_order_attribution_order_id_unique";`);
    this.addSql(`alter table if exists "social_conversion_event" drop constraint if exists "social_conversion_event_destination_event_id_unique";`);
    this.addSql(`create table if not exists "social_attribution_credit" ("id" text not null, "attribution_id" text not null, "order_id" text not null, "model" text not null, "touch_id" text null, "network" text not null, "campaign" text null, "share_code" text null, "weight" real not null, "revenue" numeric not null, "currency_code" text not null, "placed_at" timestamptz not null, "raw_revenue" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_attribution_credit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_attribution_credit_deleted_at" ON "social_attribution_credit" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_attribution_credit_model_currency_code_placed_at" ON "social_attribution_credit" ("model", "currency_code", "placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_attribution_credit_share_code_model" ON "social_attribution_credit" ("share_code", "model") WHERE share_code IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_attribution_credit_attribution_id" ON "social_attribution_credit" ("attribution_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "social_attribution_line" ("id" text not null, "attribution_id" text not null, "order_id" text not null, "product_id" text not null, "quantity" integer not null, "total" numeric not null, "currency_code" text not null, "placed_at" timestamptz not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_attribution_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_attribution_line_deleted_at" ON "social_attribution_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_attribution_line_attribution_id" ON "social_attribution_line" ("attribution_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_attribution_line_product_id" ON "social_attribution_line" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_attribution_line_currency_code_placed_at" ON "social_attribution_line" ("currency_code", "placed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "social_conversion_event" ("id" text not null, "destination" text check ("destination" in ('meta', 'tiktok', 'pinterest')) not null, "event_id" text not null, "order_id" text not null, "payload" jsonb not null, "status" text check ("status" in ('pending', 'sent', 'failed')) not null default 'pending', "attempts" integer not null default 0, "next_attempt_at" timestamptz null, "last_error" text null, "sent_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_conversion_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_conversion_event_deleted_at" ON "social_conversion_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_conversion_event_destination_event_id_unique" ON "social_conversion_event" ("destination", "event_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_conversion_event_status_next_attempt_at" ON "social_conversion_event" ("status", "next_attempt_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "social_order_attribution" ("id" text not null, "order_id" text not null, "cart_id" text null, "customer_id" text null, "model" text not null, "network" text not null, "campaign" text null, "share_code" text null, "referral_code" text null, "deciding_touch_id" text null, "total" numeric not null, "currency_code" text not null, "placed_at" timestamptz not null, "ad_consent" boolean not null default false, "weights" jsonb not null, "trace" jsonb not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_order_attribution_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_order_attribution_deleted_at" ON "social_order_attribution" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_order_attribution_order_id_unique" ON "social_order_attribution" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_order_attribution_currency_code_placed_at" ON "social_order_attribution" ("currency_code", "placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_order_attribution_customer_id" ON "social_order_attribution" ("customer_id") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "social_touch" ("id" text not null, "visitor_id" text not null, "cart_id" text null, "customer_id" text null, "utm_source" text null, "utm_medium" text null, "utm_campaign" text null, "utm_term" text null, "utm_content" text null, "utm_id" text null, "click_ids" jsonb null, "share_code" text null, "share_link_id" text null, "sharer_customer_id" text null, "referral_code" text null, "referrer" text null, "landing_path" text null, "network" text not null, "is_direct" boolean not null default false, "consent" text check ("consent" in ('granted', 'analytics', 'denied')) not null, "ip_hash" text null, "ua_hash" text null, "occurred_at" timestamptz not null, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_touch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_touch_deleted_at" ON "social_touch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_touch_visitor_id_occurred_at" ON "social_touch" ("visitor_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_touch_cart_id" ON "social_touch" ("cart_id") WHERE cart_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_touch_customer_id" ON "social_touch" ("customer_id") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_touch_expires_at" ON "social_touch" ("expires_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "social_attribution_credit" cascade;`);

    this.addSql(`drop table if exists "social_attribution_line" cascade;`);

    this.addSql(`drop table if exists "social_conversion_event" cascade;`);

    this.addSql(`drop table if exists "social_order_attribution" cascade;`);

    this.addSql(`drop table if exists "social_touch" cascade;`);
  }

}
