import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205015418 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "social_referral" alter column "referrer_customer_id" type text using ("referrer_customer_id"::text);`);
    this.addSql(`alter table if exists "social_referral" alter column "referrer_customer_id" drop not null;`);
    this.addSql(`alter table if exists "social_referral" alter column "friend_customer_id" type text using ("friend_customer_id"::text);`);
    this.addSql(`alter table if exists "social_referral" alter column "friend_customer_id" drop not null;`);

    this.addSql(`alter table if exists "social_reward_grant" alter column "customer_id" type text using ("customer_id"::text);`);
    this.addSql(`alter table if exists "social_reward_grant" alter column "customer_id" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "social_referral" alter column "referrer_customer_id" type text using ("referrer_customer_id"::text);`);
    this.addSql(`alter table if exists "social_referral" alter column "referrer_customer_id" set not null;`);
    this.addSql(`alter table if exists "social_referral" alter column "friend_customer_id" type text using ("friend_customer_id"::text);`);
    this.addSql(`alter table if exists "social_referral" alter column "friend_customer_id" set not null;`);

    this.addSql(`alter table if exists "social_reward_grant" alter column "customer_id" type text using ("customer_id"::text);`);
    this.addSql(`alter table if exists "social_reward_grant" alter column "customer_id" set not null;`);
  }

}
