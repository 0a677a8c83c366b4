// PROVISIONAL: request types come from the routes' zod schemas (type-only imports); response
// types are rough until the OpenAPI document lands, when every type here is taken from it.
import type { z } from "@medusajs/framework/zod"
import type { StoreSocialProductShareParams } from "../api/store/social/products/validators"
import type {
  StoreHelpfulVote,
  StoreListReviewsQuery as StoreListReviewsQuerySchema,
  storeCreateReviewSchema,
  storeUpdateReviewSchema,
} from "../api/store/social/reviews/validators"
import type { StoreBindTouchesType, StoreCreateTouchType } from "../api/store/social/touches/validators"
import type { StoreClaimReferral } from "../api/store/social/referrals/middlewares"
import type { AdminUpdateSocialSettings } from "../api/admin/social/settings/validators"
import type {
  AdminCreateChannel,
  AdminListItems,
  AdminListRuns,
  AdminSyncChannel,
  AdminUpdateChannel,
} from "../api/admin/social/channels/validators"
import type { AdminListReviewsQuery, AdminRejectReview, AdminRespondToReview } from "../api/admin/social/reviews/validators"
import type {
  AdminCreateRewardRule,
  AdminListRewardRules,
  AdminSimulateRewardRule,
  AdminUpdateRewardRule,
} from "../api/admin/social/reward-rules/validators"
import type { AdminListRewardGrants, AdminRevokeRewardGrant } from "../api/admin/social/reward-grants/validators"
import type { AdminDecideReferral, AdminListReferrals } from "../api/admin/social/referrals/validators"
import type { AdminCreateBlocklistEntry, AdminListBlocklist } from "../api/admin/social/reward-blocklist/validators"
import type { AdminListShareLinksParams } from "../api/admin/social/share-links/validators"
import type { AdminAttributionReportQuery } from "../api/admin/social/attribution/validators"

type Json = Record<string, any>

// Store
export type StoreProductQuery = z.input<typeof StoreSocialProductShareParams>
export type StoreShareResponse = { share: Json }
export type StoreMetaResponse = { meta: Json }
export type StoreListReviewsQuery = z.input<typeof StoreListReviewsQuerySchema>
export type StoreListReviewsResponse = { reviews: Json[]; count: number; offset: number; limit: number; sort: string; stats: Json }
/** A photo to upload with a review: a File from an input, or any Blob. */
export type ReviewPhoto = Blob
export type StoreCreateReviewBody = z.input<ReturnType<typeof storeCreateReviewSchema>> & { photos?: ReviewPhoto[] }
export type StoreUpdateReviewBody = z.input<ReturnType<typeof storeUpdateReviewSchema>>
export type StoreReviewResponse = { review: Json }
export type StoreDeleteReviewResponse = { id: string; object: "product_review"; deleted: true }
export type StoreHelpfulBody = z.input<typeof StoreHelpfulVote>
export type StoreHelpfulResponse = Json
export type StoreCreateTouchBody = StoreCreateTouchType
export type StoreCreateTouchResponse = { visitor_id: string; visitor_id_issued: boolean; recorded: boolean; touch: Json | null; reason?: string }
export type StoreBindTouchesBody = StoreBindTouchesType
export type StoreBindTouchesResponse = { visitor_id: string; cart_id: string; bound: number }
export type StoreMyRewardsQuery = Record<string, never>
export type StoreMyRewardsResponse = { rewards: Json[]; referral: { code: string; link: string } | null }
export type StoreMyReferralResponse = { referral: { code: string; link: string; friends_joined: number; friends_pending: number } }
export type StoreClaimReferralBody = z.input<typeof StoreClaimReferral>
export type StoreClaimReferralResponse = { referral: { id: string; code: string; status: "pending" } }

// Admin
export type AdminSettingsResponse = { settings: Json }
export type AdminUpdateSettingsBody = z.input<typeof AdminUpdateSocialSettings>
export type AdminCreateChannelBody = z.input<typeof AdminCreateChannel>
export type AdminUpdateChannelBody = z.input<typeof AdminUpdateChannel>
export type AdminSyncChannelBody = z.input<typeof AdminSyncChannel>
export type AdminListItemsQuery = z.input<typeof AdminListItems>
export type AdminListRunsQuery = z.input<typeof AdminListRuns>
export type AdminListReviewsQuery = z.input<typeof AdminListReviewsQuery>
export type AdminRejectReviewBody = z.input<typeof AdminRejectReview>
export type AdminRespondReviewBody = z.input<typeof AdminRespondToReview>
export type AdminCreateRewardRuleBody = z.input<typeof AdminCreateRewardRule>
export type AdminUpdateRewardRuleBody = z.input<typeof AdminUpdateRewardRule>
export type AdminListRewardRulesQuery = z.input<typeof AdminListRewardRules>
export type AdminSimulateRewardRuleBody = z.input<typeof AdminSimulateRewardRule>
export type AdminListRewardGrantsQuery = z.input<typeof AdminListRewardGrants>
export type AdminRevokeRewardGrantBody = z.input<typeof AdminRevokeRewardGrant>
export type AdminListReferralsQuery = z.input<typeof AdminListReferrals>
export type AdminDecideReferralBody = z.input<typeof AdminDecideReferral>
export type AdminListBlocklistQuery = z.input<typeof AdminListBlocklist>
export type AdminCreateBlocklistBody = z.input<typeof AdminCreateBlocklistEntry>
export type AdminListShareLinksQuery = z.input<typeof AdminListShareLinksParams>
export type AdminAttributionReportQuery = z.input<typeof AdminAttributionReportQuery>
export type AdminResponse = Json
