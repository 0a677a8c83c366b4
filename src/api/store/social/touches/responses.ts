import { z } from "@medusajs/framework/zod"

export const StoreCreateTouchResponse = z
  .object({
    visitor_id: z.string().meta({ description: "keep it (first-party cookie) and send it with the next touches and the bind" }),
    visitor_id_issued: z.boolean().meta({ description: "true when the API made this id now" }),
    recorded: z.boolean(),
    touch: z
      .object({
        id: z.string(),
        network: z.string(),
        consent: z.string(),
        direct: z.boolean().optional(),
        kept: z.array(z.string()).optional().meta({ description: "consent denied: what was still kept (the referral code)" }),
      })
      .strict()
      .nullable(),
    reason: z.string().optional().meta({ description: "why nothing was recorded" }),
  })
  .strict()

export const StoreBindTouchesResponse = z
  .object({ visitor_id: z.string(), cart_id: z.string(), bound: z.number().int().meta({ description: "touches bound now" }) })
  .strict()
