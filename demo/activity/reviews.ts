import sharp from "sharp"
import type { MedusaContainer } from "@medusajs/framework/types"
import { reencodePhoto } from "../../src/modules/product-review/lib/photos"
import { createProductReviewWorkflow } from "../../src/workflows/product-review/workflows/create-product-review"
import { approveProductReviewWorkflow } from "../../src/workflows/product-review/workflows/approve-product-review"
import { rejectProductReviewWorkflow } from "../../src/workflows/product-review/workflows/reject-product-review"
import { respondToProductReviewWorkflow } from "../../src/workflows/product-review/workflows/respond-to-product-review"
import type { DemoOrder } from "./orders"
import type { EventRelay } from "./relay"
import type { Random } from "./shop"

const GOOD = [
  ["Exactly as pictured", "Great fit and the fabric feels solid. Washed it twice, no shrinking."],
  ["My new favourite", "Wore it on a weekend hike in the rain and stayed dry. Would buy again."],
  ["Good value", "Well made for the price, the colour is a little darker than on screen."],
  ["Très bien", "Taille normalement, livraison rapide. Je recommande."],
  ["Comfortable all day", "Light, warm and the pockets are well placed. Sizing runs true."],
]
const MIXED = [["Nice but runs small", "The quality is good, but I had to exchange for a size up. Check the size chart."]]
const BAD = [
  ["Seam came apart", "After two weeks the side seam opened. Disappointed for the price."],
  ["Not as described", "The colour is much duller than the photos and the zip feels cheap."],
]
const REPLY = "We're sorry to hear this. Our team has emailed you a prepaid return label and a replacement is on its way."

/** A product photo a buyer might take: a soft gradient with a shape, re-encoded as uploads are. */
async function photo(hue: number) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="900"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},45%,70%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},35%,40%)"/></linearGradient></defs><rect width="900" height="900" fill="url(#g)"/><circle cx="450" cy="470" r="230" fill="hsl(${hue},30%,92%)" opacity="0.8"/></svg>`
  const encoded = await reencodePhoto(await sharp(Buffer.from(svg)).png().toBuffer(), { maxBytes: 5_000_000, maxDimension: 1600 })
  return { filename: `photo-${hue}.jpg`, content: encoded.buffer.toString("base64"), mime_type: encoded.mime_type, width: encoded.width, height: encoded.height, size: encoded.size }
}

export type ReviewOutcome = { approved: number; rejected: number; pending: number; with_photos: number; replied: number }

/**
 * Reviews by verified buyers through the plugin's review workflows: most approved (the approval
 * event runs the reward subscriber), a few negative ones answered by the merchant, two rejected,
 * some left pending for the moderation queue.
 */
export async function writeReviews(container: MedusaContainer, relay: EventRelay, orders: DemoOrder[], rand: Random): Promise<ReviewOutcome> {
  const out: ReviewOutcome = { approved: 0, rejected: 0, pending: 0, with_photos: 0, replied: 0 }
  const seen = new Set<string>()
  const candidates = orders.filter((o) => {
    const key = `${o.customer_id}:${o.product_id}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  for (const [i, order] of candidates.slice(0, 45).entries()) {
    const bad = i % 12 === 5 || i % 12 === 11
    const rating = bad ? rand.int(1, 2) : i % 9 === 4 ? 3 : rand.chance(0.7) ? 5 : 4
    const [title, body] = bad ? rand.pick(BAD) : rating === 3 ? MIXED[0] : rand.pick(GOOD)
    const photos = !bad && rand.chance(0.3) ? [await photo(rand.int(0, 359))] : []
    const { result } = await createProductReviewWorkflow(container).run({
      input: { customer_id: order.customer_id, product_id: order.product_id, rating, title, body, photos },
    })
    const review = result as { id: string }
    out.with_photos += photos.length ? 1 : 0
    if (i >= 37 && !bad) {
      out.pending++
    } else if (i === 20 || i === 30) {
      await rejectProductReviewWorkflow(container).run({ input: { id: review.id, reason: "spam" as any } })
      out.rejected++
    } else {
      await approveProductReviewWorkflow(container).run({ input: { id: review.id } })
      out.approved++
      if (bad) {
        await respondToProductReviewWorkflow(container).run({ input: { review_id: review.id, body: REPLY } })
        out.replied++
      }
    }
    await relay.settle()
  }
  return out
}
