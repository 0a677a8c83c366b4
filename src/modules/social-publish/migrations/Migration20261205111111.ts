import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205111111 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_inbox_item" add column if not exists "reply_started_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "social_inbox_item" drop column if exists "reply_started_at";`);
  }

}
