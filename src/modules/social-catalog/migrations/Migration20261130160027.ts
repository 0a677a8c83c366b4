import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130160027 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_catalog_item" add column if not exists "quota_day" text null, add column if not exists "quota_used" integer not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "social_catalog_item" drop column if exists "quota_day", drop column if exists "quota_used";`);
  }

}
