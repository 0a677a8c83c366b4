import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122060427 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_settings" add column if not exists "review_auto_approve" boolean null, add column if not exists "review_allow_unverified" boolean null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "social_settings" drop column if exists "review_auto_approve", drop column if exists "review_allow_unverified";`);
  }

}
