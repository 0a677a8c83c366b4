import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205015420 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_touch" add column if not exists "ip_network_hash" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_touch_ip_network_hash" ON "social_touch" ("ip_network_hash") WHERE ip_network_hash IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_social_touch_ip_network_hash";`);
    this.addSql(`alter table if exists "social_touch" drop column if exists "ip_network_hash";`);
  }

}
