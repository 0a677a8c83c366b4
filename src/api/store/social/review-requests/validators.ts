import { z } from "@medusajs/framework/zod"
import type { ReviewOptions } from "../../../../modules/product-review"
import { storeCreateReviewSchema } from "../reviews/validators"

/** A review through a request link: the store review's fields, without `product_id` (the link names the product). */
export const storeRequestedReviewSchema = (o: ReviewOptions) => storeCreateReviewSchema(o).omit({ product_id: true }).strict()

export const StoreUnsubscribeBody = z.object({}).strict()

export type StoreRequestedReviewType = z.infer<ReturnType<typeof storeRequestedReviewSchema>>
