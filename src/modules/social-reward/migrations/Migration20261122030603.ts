import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122030603 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_reward_rule_version" drop constraint if exists "social_reward_rule_version_rule_id_version_unique";`);
    this.addSql(`alter table if exists "social_reward_grant" drop constraint if exists "social_reward_grant_code_unique";`);
    this.addSql(`alter table if exists "social_reward_grant" drop constraint if exists "social_reward_grant_idempotency_key_unique";`);
    this.addSql(`alter table if exists "social_reward_blocklist" drop constraint if exists "social_reward_blocklist_kind_value_unique";`);
    this.addSql(`alter table if exists "social_referral_code" drop constraint if exists "social_referral_code_code_unique";`);
    this.addSql(`alter table if exists "social_referral_code" drop constraint if exists "social_referral_code_customer_id_unique";`);
    this.addSql(`alter table if exists "social_referral" drop constraint if exists "social_referral_friend_customer_id_unique";`);
    this.addSql(`create table if not exists "social_referral" ("id" text not null, "code" text not null, "referrer_customer_id" text not null, "friend_customer_id" text not null, "friend_email_normalized" text null, "friend_ip_ua_hash" text null, "status" text check ("status" in ('claimed', 'needs_review', 'qualified', 'rejected')) not null default 'claimed', "signals" jsonb null, "score" integer not null default 0, "order_id" text null, "review_note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_referral_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_referral_deleted_at" ON "social_referral" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_referral_friend_customer_id_unique" ON "social_referral" ("friend_customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_referral_referrer_customer_id" ON "social_referral" ("referrer_customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_referral_status" ON "social_referral" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "social_referral_code" ("id" text not null, "customer_id" text not null, "code" text not null, "ip_ua_hash" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_referral_code_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_referral_code_deleted_at" ON "social_referral_code" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_referral_code_customer_id_unique" ON "social_referral_code" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_referral_code_code_unique" ON "social_referral_code" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "social_reward_blocklist" ("id" text not null, "kind" text check ("kind" in ('email', 'customer', 'ip_ua', 'address')) not null, "value" text not null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_reward_blocklist_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_reward_blocklist_deleted_at" ON "social_reward_blocklist" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_reward_blocklist_kind_value_unique" ON "social_reward_blocklist" ("kind", "value") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "social_reward_grant" ("id" text not null, "idempotency_key" text not null, "rule_id" text not null, "rule_version" integer not null, "rule_snapshot" jsonb not null, "customer_id" text not null, "source_type" text check ("source_type" in ('review', 'share_link', 'referral', 'order')) not null, "source_id" text not null, "order_id" text null, "status" text check ("status" in ('held', 'issuing', 'issued', 'redeemed', 'expired', 'revoked', 'needs_review')) not null default 'held', "value" numeric not null, "currency_code" text null, "hold_until" timestamptz not null, "promotion_id" text null, "code" text null, "expires_at" timestamptz null, "issued_at" timestamptz null, "revoked_at" timestamptz null, "status_reason" text null, "clawback_value" numeric null, "signals" jsonb null, "raw_value" jsonb not null, "raw_clawback_value" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_reward_grant_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_reward_grant_deleted_at" ON "social_reward_grant" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_reward_grant_idempotency_key_unique" ON "social_reward_grant" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_reward_grant_customer_id_rule_id_created_at" ON "social_reward_grant" ("customer_id", "rule_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_reward_grant_status_hold_until" ON "social_reward_grant" ("status", "hold_until") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_reward_grant_order_id" ON "social_reward_grant" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_reward_grant_code_unique" ON "social_reward_grant" ("code") WHERE code IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "social_reward_rule" ("id" text not null, "name" text not null, "description" text null, "status" text check ("status" in ('draft', 'active', 'paused')) not null default 'draft', "version" integer not null default 1, "trigger" text not null, "trigger_config" jsonb not null, "reward" jsonb not null, "caps" jsonb not null, "min_order_value" numeric null, "hold_hours" integer not null default 0, "raw_min_order_value" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_reward_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_reward_rule_deleted_at" ON "social_reward_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_reward_rule_trigger_status" ON "social_reward_rule" ("trigger", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "social_reward_rule_version" ("id" text not null, "rule_id" text not null, "version" integer not null, "definition" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_reward_rule_version_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_reward_rule_version_deleted_at" ON "social_reward_rule_version" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_social_reward_rule_version_rule_id_version_unique" ON "social_reward_rule_version" ("rule_id", "version") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "social_risk_signal" ("id" text not null, "customer_id" text null, "kind" text not null, "subject_type" text not null, "subject_id" text not null, "detail" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_risk_signal_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_risk_signal_deleted_at" ON "social_risk_signal" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "social_referral" cascade;`);

    this.addSql(`drop table if exists "social_referral_code" cascade;`);

    this.addSql(`drop table if exists "social_reward_blocklist" cascade;`);

    this.addSql(`drop table if exists "social_reward_grant" cascade;`);

    this.addSql(`drop table if exists "social_reward_rule" cascade;`);

    this.addSql(`drop table if exists "social_reward_rule_version" cascade;`);

    this.addSql(`drop table if exists "social_risk_signal" cascade;`);
  }

}
