import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REVIEW_REQUEST_MODULE, eligibleLines, reminderDueAt, signReviewToken } from "../../../modules/review-request"
import type ReviewRequestModuleService from "../../../modules/review-request/service"
import type { RequestStatus } from "../../../modules/review-request/service"
import { requestUrl } from "../../../modules/review-request/options"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import { displayName } from "../../../modules/product-review/lib/verification"

export const REVIEW_REQUEST_TEMPLATE = "social-review-request"

export type SendReviewRequestInput = { request_id: string; kind: "send" | "remind"; now?: string }

export type PreparedReviewRequest = {
  request_id: string
  from: RequestStatus
  to: RequestStatus
  fields: { sent_at?: Date; reminder_due_at?: Date | null; reminded_at?: Date; skip_reason?: string }
  item_updates: { id: string; status?: "reviewed" | "excluded"; review_id?: string | null; expires_at?: Date | null }[]
  /** The message, when one goes out (null: the request only changes status). */
  notification: Record<string, any> | null
} | null

/** A quantity as query.graph gives it: a number, a numeric string, or a BigNumber. */
const num = (v: unknown): number => {
  if (v && typeof v === "object") {
    const b = v as { numeric?: number; value?: string | number }
    return Number(b.numeric ?? b.value ?? 0)
  }
  return Number(v ?? 0)
}

/**
 * This step decides what one due request does, reading (never writing) the order, the
 * customer's reviews and opt-out, and the settings: which lines it still asks about (shipped, not
 * returned, the order not canceled, not reviewed yet), the request's next status, and the
 * notification with one signed link per line. Null when the request is no longer in the status
 * this run expected (another run got there first) or requests are switched off.
 */
export const prepareReviewRequestStep = createStep(
  "prepare-review-request",
  async (input: SendReviewRequestInput, { container }): Promise<StepResponse<PreparedReviewRequest>> => {
    const service = container.resolve<ReviewRequestModuleService>(REVIEW_REQUEST_MODULE)
    const settings = await service.getSettings()
    const options = service.getOptions()
    const now = input.now ? new Date(input.now) : new Date()
    const [request] = await service.listReviewRequests({ id: input.request_id }, { relations: ["items"] })
    const from: RequestStatus = input.kind === "send" ? "scheduled" : "sent"
    if (!settings.enabled || !request || request.status !== from) {
      return new StepResponse(null)
    }
    const base = { request_id: request.id, from, item_updates: [] as NonNullable<PreparedReviewRequest>["item_updates"] }
    if (request.customer_id && (await service.isUnsubscribed([request.customer_id])).has(request.customer_id)) {
      return new StepResponse({ ...base, to: "unsubscribed", fields: {}, notification: null })
    }
    if (!request.email) {
      return new StepResponse({ ...base, to: "skipped", fields: { skip_reason: "no_email" }, notification: null })
    }

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "status",
        "customer.first_name",
        "customer.last_name",
        "items.id",
        "items.product_id",
        "items.quantity",
        "items.detail.quantity",
        "items.detail.shipped_quantity",
        "items.detail.delivered_quantity",
        "items.detail.return_requested_quantity",
        "items.detail.return_received_quantity",
        "items.detail.written_off_quantity",
      ],
      filters: { id: request.order_id },
    })
    const order = orders[0] as any
    const eligible = eligibleLines({
      status: order?.status ?? "canceled",
      items: (order?.items ?? []).map((i: any) => ({
        id: i.id,
        product_id: i.product_id,
        // query.graph gives the quantity on the item's detail (the order's version of the line).
        quantity: num(i.detail?.quantity ?? i.quantity),
        shipped_quantity: num(i.detail?.shipped_quantity),
        delivered_quantity: num(i.detail?.delivered_quantity),
        returned_quantity: num(i.detail?.return_requested_quantity) + num(i.detail?.return_received_quantity) + num(i.detail?.written_off_quantity),
      })),
    })
    const pending = request.items.filter((i) => i.status === "pending")
    const reviews = request.customer_id && pending.length
      ? await container
          .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
          .listProductReviews({ customer_id: request.customer_id, product_id: pending.map((i) => i.product_id) }, { select: ["id", "product_id"] })
      : []
    const reviewOf = new Map(reviews.map((r) => [r.product_id, r.id]))

    const item_updates: NonNullable<PreparedReviewRequest>["item_updates"] = []
    const asked: typeof pending = []
    for (const item of pending) {
      if (!eligible.has(item.order_line_item_id)) item_updates.push({ id: item.id, status: "excluded" })
      else if (reviewOf.has(item.product_id)) item_updates.push({ id: item.id, status: "reviewed", review_id: reviewOf.get(item.product_id) })
      else asked.push(item)
    }
    const anyReviewed = request.items.some((i) => i.status === "reviewed") || item_updates.some((u) => u.status === "reviewed")
    if (!asked.length) {
      // Nothing left to ask: every line returned, canceled or reviewed already.
      const to: RequestStatus = anyReviewed ? "reviewed" : "skipped"
      return new StepResponse({ ...base, item_updates, to, fields: to === "skipped" ? { skip_reason: "no_items" } : {}, notification: null })
    }

    const expiry = (item: (typeof asked)[number]) =>
      item.expires_at ? new Date(item.expires_at) : new Date(now.getTime() + options.tokenTtlDays * 86_400_000)
    for (const item of asked) {
      if (!item.expires_at) item_updates.push({ id: item.id, expires_at: expiry(item) })
    }
    const tokens = asked.map((item) => signReviewToken(options.secret, { item_id: item.id, expires_at: expiry(item) }))
    const reminder = input.kind === "remind"
    const customerName = displayName(order?.customer?.first_name, order?.customer?.last_name)
    const notification = {
      to: request.email,
      receiver_id: request.customer_id,
      channel: options.channel,
      template: REVIEW_REQUEST_TEMPLATE,
      trigger_type: reminder ? "social.review_request.reminder" : "social.review_request.due",
      resource_id: request.order_id,
      resource_type: "order",
      // One message per request and kind, whatever happens to the workflow around it.
      idempotency_key: `${REVIEW_REQUEST_TEMPLATE}:${request.id}:${input.kind}`,
      data: {
        title: reminder ? "A reminder: how did your order work out?" : "How did your order work out?",
        description: `Tell other shoppers what you think of ${asked.map((i) => i.title).join(", ")}.`,
        reminder,
        shop: { name: options.shopName, url: options.storefrontUrl },
        customer_name: customerName,
        order_id: request.order_id,
        expires_at: expiry(asked[0]).toISOString(),
        items: asked.map((item, i) => ({
          product_id: item.product_id,
          title: item.title,
          image: item.thumbnail ?? null,
          review_url: requestUrl(options.reviewUrlTemplate, options.storefrontUrl, tokens[i]),
        })),
        unsubscribe_url: requestUrl(options.unsubscribeUrlTemplate, options.storefrontUrl, tokens[0]),
      },
    }
    const fields = reminder
      ? { reminded_at: now }
      : { sent_at: now, reminder_due_at: reminderDueAt(settings, now) }
    return new StepResponse({ ...base, item_updates, to: reminder ? "reminded" : "sent", fields, notification })
  }
)
