import { z } from "@medusajs/framework/zod"

const figures = { orders: z.number(), revenue: z.number() }

export const AdminAttributionReportResponse = z
  .object({
    report: z
      .object({
        from: z.string(),
        to: z.string(),
        group_by: z.enum(["network", "campaign", "product", "share_link", "post"]),
        model: z.string(),
        currency_code: z.string().nullable().meta({ description: "one currency per report" }),
        totals: z.object({ ...figures, aov: z.number() }).strict(),
        groups: z.array(
          z
            .object({
              key: z.string(),
              ...figures,
              aov: z.number(),
              share: z.number(),
              post: z
                .object({ id: z.string(), account_id: z.string(), network: z.string().nullable(), share_code: z.string() })
                .strict()
                .optional()
                .meta({ description: "group_by=post: the post (the key is its id), its account and network" }),
            })
            .strict()
        ),
        series: z.array(
          z.object({ date: z.string(), ...figures, groups: z.record(z.string(), z.object(figures).strict()) }).strict()
        ),
      })
      .strict(),
  })
  .strict()

/** The stored attribution row (weights per model, the decision trace) and its conversion events. */
export const AdminOrderAttributionResponse = z
  .object({
    attribution: z.looseObject({
      order_id: z.string(),
      total: z.number(),
      conversion_events: z.array(z.looseObject({ destination: z.string(), event_id: z.string(), status: z.string() })),
    }),
  })
  .strict()
