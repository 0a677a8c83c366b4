import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205015111 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_review_vote" drop constraint if exists "product_review_vote_review_id_visitor_key_unique";`);
    this.addSql(`alter table if exists "product_review_vote" add column if not exists "visitor_key" text null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_review_vote_review_id_visitor_key_unique" ON "product_review_vote" ("review_id", "visitor_key") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_product_review_vote_review_id_visitor_key_unique";`);
    this.addSql(`alter table if exists "product_review_vote" drop column if exists "visitor_key";`);
  }

}
