import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205014658 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_share_visitor" add column if not exists "network_hash" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_share_visitor_share_link_id_network_hash" ON "social_share_visitor" ("share_link_id", "network_hash") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_social_share_visitor_share_link_id_network_hash";`);
    this.addSql(`alter table if exists "social_share_visitor" drop column if exists "network_hash";`);
  }

}
