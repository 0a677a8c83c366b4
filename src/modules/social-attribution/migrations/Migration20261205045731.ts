import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205045731 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "social_attribution_product_credit" ("id" text not null, "attribution_id" text not null, "order_id" text not null, "model" text not null, "product_id" text not null, "weight" real not null, "revenue" numeric not null, "currency_code" text not null, "placed_at" timestamptz not null, "raw_revenue" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "social_attribution_product_credit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_attribution_product_credit_deleted_at" ON "social_attribution_product_credit" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_attribution_product_credit_model_currency_code_placed_at" ON "social_attribution_product_credit" ("model", "currency_code", "placed_at") INCLUDE ("product_id", "weight", "revenue") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_attribution_product_credit_attribution_id" ON "social_attribution_product_credit" ("attribution_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_attribution_product_credit_order_id" ON "social_attribution_product_credit" ("order_id") WHERE deleted_at IS NULL;`);
    // The reports read only the index (an index-only scan, no table fetch): the grouped columns
    // are carried in it. The credit ledger's report index gets the same, under its own name.
    this.addSql(`DROP INDEX IF EXISTS "IDX_social_attribution_credit_model_currency_code_placed_at";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_attribution_credit_model_currency_code_placed_at" ON "social_attribution_credit" ("model", "currency_code", "placed_at") INCLUDE ("network", "campaign", "share_code", "weight", "revenue") WHERE deleted_at IS NULL;`);
    // Orders attributed before this migration: their product credits from their lines and credits.
    this.addSql(`INSERT INTO "social_attribution_product_credit"
        ("id", "attribution_id", "order_id", "model", "product_id", "weight", "revenue", "raw_revenue", "currency_code", "placed_at")
      SELECT 'soapc_' || md5(l.id || '/' || c.model), l.attribution_id, l.order_id, c.model, l.product_id, c.w,
             round(l.total * c.w::numeric, 6), jsonb_build_object('value', round(l.total * c.w::numeric, 6)::text, 'precision', 20),
             l.currency_code, l.placed_at
      FROM "social_attribution_line" l
      JOIN (SELECT attribution_id, model, SUM(weight) AS w FROM "social_attribution_credit"
            WHERE network <> 'direct' AND deleted_at IS NULL GROUP BY 1, 2) c ON c.attribution_id = l.attribution_id
      WHERE l.deleted_at IS NULL AND c.w > 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "social_attribution_product_credit" cascade;`);
    this.addSql(`DROP INDEX IF EXISTS "IDX_social_attribution_credit_model_currency_code_placed_at";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_social_attribution_credit_model_currency_code_placed_at" ON "social_attribution_credit" ("model", "currency_code", "placed_at") WHERE deleted_at IS NULL;`);
  }

}
