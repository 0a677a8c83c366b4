import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205075840 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_review" add column if not exists "social_consent" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "product_review" drop column if exists "social_consent";`);
  }

}
