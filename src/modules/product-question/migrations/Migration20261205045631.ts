import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205045631 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_question_vote" drop constraint if exists "product_question_vote_question_id_visitor_key_unique";`);
    this.addSql(`alter table if exists "product_question_vote" drop constraint if exists "product_question_vote_question_id_voter_key_unique";`);
    this.addSql(`alter table if exists "product_answer" drop constraint if exists "product_answer_question_id_customer_id_unique";`);
    this.addSql(`create table if not exists "product_question" ("id" text not null, "product_id" text not null, "customer_id" text null, "email" text null, "author_name" text null, "body" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "rejection_reason" text null, "moderated_at" timestamptz null, "helpful_count" integer not null default 0, "answered_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_question_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_question_deleted_at" ON "product_question" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_question_product_id_status_created_at" ON "product_question" ("product_id", "status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_question_status_created_at" ON "product_question" ("status", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "product_answer" ("id" text not null, "body" text not null, "author_type" text check ("author_type" in ('merchant', 'customer')) not null, "customer_id" text null, "author_name" text null, "verified_buyer" boolean not null default false, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "question_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_answer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_answer_question_id" ON "product_answer" ("question_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_answer_deleted_at" ON "product_answer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_answer_question_id_customer_id_unique" ON "product_answer" ("question_id", "customer_id") WHERE deleted_at IS NULL AND customer_id IS NOT NULL;`);

    this.addSql(`create table if not exists "product_question_vote" ("id" text not null, "question_id" text not null, "voter_key" text not null, "customer_id" text null, "visitor_key" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_question_vote_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_question_vote_deleted_at" ON "product_question_vote" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_question_vote_question_id_voter_key_unique" ON "product_question_vote" ("question_id", "voter_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_question_vote_question_id_visitor_key_unique" ON "product_question_vote" ("question_id", "visitor_key") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "product_answer" add constraint "product_answer_question_id_foreign" foreign key ("question_id") references "product_question" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "product_answer" drop constraint if exists "product_answer_question_id_foreign";`);

    this.addSql(`drop table if exists "product_question" cascade;`);

    this.addSql(`drop table if exists "product_answer" cascade;`);

    this.addSql(`drop table if exists "product_question_vote" cascade;`);
  }

}
