import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205121544 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_reward_grant_source_type_source_id" ON "social_reward_grant" ("source_type", "source_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_social_reward_grant_source_type_source_id";`);
  }

}
