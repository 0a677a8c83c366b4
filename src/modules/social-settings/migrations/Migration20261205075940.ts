import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205075940 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_settings" add column if not exists "inbox_alert_words" jsonb null, add column if not exists "inbox_unanswered_hours" integer null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "social_settings" drop column if exists "inbox_alert_words", drop column if exists "inbox_unanswered_hours";`);
  }

}
