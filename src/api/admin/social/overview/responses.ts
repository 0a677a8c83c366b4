import { z } from "@medusajs/framework/zod"

const compared = z
  .object({
    current: z.number().nullable(),
    previous: z.number().nullable(),
    change: z.number().nullable().meta({ description: "relative change (0.25 = +25%); null from 0 or an unknown figure" }),
  })
  .strict()
const figures = z.object({ orders: z.number(), revenue: z.number() }).strict()

export const AdminSocialOverviewResponse = z
  .object({
    overview: z
      .object({
        from: z.string(),
        to: z.string(),
        previous: z.object({ from: z.string(), to: z.string() }).strict(),
        currency_code: z.string().nullable(),
        model: z.string(),
        kpis: z
          .object({
            share_clicks: compared,
            distinct_visitors: compared,
            attributed_orders: compared,
            attributed_revenue: compared,
            conversion_rate: compared,
            average_rating: compared,
            new_reviews: compared,
            rewards_issued_value: compared,
            rewards_redeemed_value: compared,
          })
          .strict(),
        pending_reviews: z.number(),
        grants_needing_review: z.number(),
        rewards_by_currency: z.array(
          z
            .object({ currency_code: z.string().nullable(), issued: z.number(), issued_value: z.number(), redeemed: z.number(), redeemed_value: z.number() })
            .strict()
        ),
        catalog: z.array(
          z.object({ id: z.string(), name: z.string(), destination: z.string(), mode: z.string(), items: z.number(), live: z.number(), errors: z.number() }).strict()
        ),
        series: z
          .object({
            networks: z.array(z.string()),
            days: z.array(z.object({ date: z.string(), orders: z.number(), revenue: z.number(), networks: z.record(z.string(), figures) }).strict()),
          })
          .strict(),
        top_products: z.array(
          z
            .object({ product_id: z.string(), title: z.string().nullable(), thumbnail: z.string().nullable(), links: z.number(), clicks: z.number(), visitors: z.number() })
            .strict()
        ),
        funnel: z.array(z.object({ step: z.string(), label: z.string(), value: z.number(), rate: z.number().nullable() }).strict()),
      })
      .strict(),
  })
  .strict()
