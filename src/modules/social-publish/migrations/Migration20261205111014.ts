import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205111014 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_inbox_item" drop constraint if exists "social_inbox_item_network_check";`);

    this.addSql(`alter table if exists "social_inbox_item" add constraint "social_inbox_item_network_check" check("network" in ('facebook', 'instagram', 'x', 'linkedin'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "social_inbox_item" drop constraint if exists "social_inbox_item_network_check";`);

    this.addSql(`alter table if exists "social_inbox_item" add constraint "social_inbox_item_network_check" check("network" in ('facebook', 'instagram', 'x'));`);
  }

}
