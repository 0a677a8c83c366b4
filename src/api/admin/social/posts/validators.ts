import { z } from "@medusajs/framework/zod"
import { timeZone } from "../accounts/validators"

const POST_STATUSES = ["draft", "scheduled", "publishing", "published", "failed", "held"] as const

/** A moment with its offset ("2026-12-24T09:00:00+01:00"): never a local time the server would guess. */
const moment = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time with an offset" }).transform((s) => new Date(s))

/** A moment still to come: a post is never scheduled in the past. */
const futureMoment = moment.refine((d) => d.getTime() > Date.now(), "must be in the future")

export const AdminCreatePost = z
  .object({
    account_id: z.string().trim().min(1).max(64),
    product_id: z.string().trim().min(1).max(64).optional(),
    variant_id: z.string().trim().min(1).max(64).optional(),
    link_url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2000).optional(),
    template: z.string().max(10_000).optional(),
    text: z.string().max(70_000).optional(),
    title: z.string().max(500).optional(),
    locale: z.string().trim().min(2).max(35).optional(),
    currency_code: z.string().trim().regex(/^[a-zA-Z]{3}$/, "must be a 3-letter currency code").optional(),
    scheduled_at: futureMoment.optional(),
    time_zone: timeZone.optional(),
    status: z.enum(["draft", "scheduled"]).default("draft"),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (!body.product_id === !body.link_url) {
      ctx.addIssue({ code: "custom", path: ["product_id"], message: "give a product_id or a link_url (not both)" })
    }
    if (body.variant_id && !body.product_id) {
      ctx.addIssue({ code: "custom", path: ["variant_id"], message: "needs product_id" })
    }
    if ((body.template === undefined) === (body.text === undefined)) {
      ctx.addIssue({ code: "custom", path: ["template"], message: "give a template or a text (not both)" })
    }
    if (body.status === "scheduled" && !body.scheduled_at) {
      ctx.addIssue({ code: "custom", path: ["scheduled_at"], message: "is required to schedule a post" })
    }
  })
export type AdminCreatePostType = z.infer<typeof AdminCreatePost>

/** An edit of a post not yet sent: its text or template, title, schedule or status. */
export const AdminUpdatePost = z
  .object({
    template: z.string().max(10_000).optional(),
    text: z.string().max(70_000).optional(),
    title: z.string().max(500).nullable().optional(),
    scheduled_at: futureMoment.nullable().optional(),
    time_zone: timeZone.optional(),
    status: z.enum(["draft", "scheduled", "held"]).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.template !== undefined && body.text !== undefined) {
      ctx.addIssue({ code: "custom", path: ["template"], message: "give a template or a text (not both)" })
    }
  })
export type AdminUpdatePostType = z.infer<typeof AdminUpdatePost>

/**
 * What `fields` may add to the list (the rest of a post is always there). "metrics" too: a `+`
 * left unencoded in a query string arrives as a space, which the trim removes.
 */
const LIST_FIELDS = ["+metrics", "metrics"]

export const AdminListPosts = z
  .object({
    account_id: z.string().trim().min(1).max(64).optional(),
    product_id: z.string().trim().min(1).max(64).optional(),
    status: z.enum(POST_STATUSES).optional(),
    /** "manual", or an automatic post rule's id (its drafts waiting for approval). */
    origin: z.string().trim().min(1).max(64).optional(),
    from: moment.optional(),
    to: moment.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
    /**
     * `+metrics` adds each post's figures (as `GET /admin/social/posts/:id/metrics` gives them) to
     * the page, in two queries for the whole page: the calendar's cards read them this way.
     */
    fields: z
      .string()
      .trim()
      .refine((f) => f.split(",").every((x) => LIST_FIELDS.includes(x.trim())), "may only be +metrics")
      .optional(),
  })
  .strict()
export type AdminListPostsType = z.infer<typeof AdminListPosts>
