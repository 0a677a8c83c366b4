import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205113415 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "social_catalog_sending" ("id" text not null, "channel_id" text not null, "send_key" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_catalog_sending_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_catalog_sending_deleted_at" ON "social_catalog_sending" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_catalog_sending_channel_id" ON "social_catalog_sending" ("channel_id") WHERE deleted_at IS NULL;`);

    // Added by hand to the generated migration: batches a worker left in doubt before this
    // release (status "sending" on the item) move to the new table under the same key, so the
    // next push still sends them again first; the rows get back a status the push knows.
    this.addSql(`insert into "social_catalog_sending" ("id", "channel_id", "send_key") select "id", "channel_id", coalesce("send_key", 'unkeyed') from "social_catalog_item" where "status" = 'sending' and "deleted_at" is null on conflict do nothing;`);
    this.addSql(`update "social_catalog_item" set "status" = 'not_sent' where "status" = 'sending';`);
    this.addSql(`alter table if exists "social_catalog_item" drop column if exists "send_key";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "social_catalog_sending" cascade;`);

    this.addSql(`alter table if exists "social_catalog_item" add column if not exists "send_key" text null;`);
  }

}
