// Every type of the client comes from the OpenAPI document (./openapi.ts, generated from the
// routes' zod schemas): nothing here is written twice.
import type { components, paths } from "./openapi"

type Method = "get" | "post" | "delete"
type Op<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>
type Responses<P extends keyof paths, M extends Method> = Op<P, M> extends { responses: infer R } ? R : never
/** The JSON answer of a route (the union of its 2xx answers). */
export type ResponseOf<P extends keyof paths, M extends Method> = {
  [S in keyof Responses<P, M>]: S extends 200 | 201 | 202
    ? Responses<P, M>[S] extends { content: { "application/json": infer J } }
      ? J
      : never
    : never
}[keyof Responses<P, M>]
/** The JSON body of a route. */
export type BodyOf<P extends keyof paths, M extends Method> = Op<P, M> extends { requestBody?: { content: { "application/json": infer B } } } ? B : never
/** The query parameters of a route. */
export type QueryOf<P extends keyof paths, M extends Method> = Op<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never

// Store
export type StoreProductQuery = QueryOf<"/store/social/products/{id}/share", "get">
export type StoreShareResponse = ResponseOf<"/store/social/products/{id}/share", "get">
export type ShareBundle = components["schemas"]["ShareBundle"]
export type ProductMeta = components["schemas"]["ProductMeta"]
export type StoreMetaResponse = ResponseOf<"/store/social/products/{id}/meta", "get">
export type StoreListReviewsQuery = QueryOf<"/store/social/products/{id}/reviews", "get">
export type StoreListReviewsResponse = ResponseOf<"/store/social/products/{id}/reviews", "get">
export type StoreReview = components["schemas"]["StoreReview"]
export type ReviewStats = components["schemas"]["ReviewStats"]
/** A photo to upload with a review: a File from an `<input type="file">`, or any Blob. */
export type ReviewPhoto = Blob
/** A new review; with `photos` it is sent as multipart/form-data. */
export type StoreCreateReviewBody = BodyOf<"/store/social/reviews", "post"> & { photos?: ReviewPhoto[] }
export type StoreUpdateReviewBody = BodyOf<"/store/social/reviews/{id}", "post">
export type StoreReviewResponse = ResponseOf<"/store/social/reviews", "post">
export type StoreDeleteReviewResponse = ResponseOf<"/store/social/reviews/{id}", "delete">
export type StoreHelpfulBody = BodyOf<"/store/social/reviews/{id}/helpful", "post">
export type StoreHelpfulResponse = ResponseOf<"/store/social/reviews/{id}/helpful", "post">
export type StoreCreateTouchBody = BodyOf<"/store/social/touches", "post">
export type StoreCreateTouchResponse = ResponseOf<"/store/social/touches", "post">
export type StoreBindTouchesBody = BodyOf<"/store/social/touches/bind", "post">
export type StoreBindTouchesResponse = ResponseOf<"/store/social/touches/bind", "post">
/** The route takes no parameters today; kept so that filters can come without a breaking change. */
export type StoreMyRewardsQuery = Record<string, never>
export type StoreMyRewardsResponse = ResponseOf<"/store/social/me/rewards", "get">
export type StoreMyReferralResponse = ResponseOf<"/store/social/me/referral", "get">
export type StoreClaimReferralBody = BodyOf<"/store/social/referrals/claim", "post">
export type StoreClaimReferralResponse = ResponseOf<"/store/social/referrals/claim", "post">

// Admin
export type AdminSettingsResponse = ResponseOf<"/admin/social/settings", "get">
export type AdminUpdateSettingsBody = BodyOf<"/admin/social/settings", "post">
export type AdminListChannelsResponse = ResponseOf<"/admin/social/channels", "get">
export type AdminCreateChannelBody = BodyOf<"/admin/social/channels", "post">
export type AdminChannelResponse = ResponseOf<"/admin/social/channels", "post">
export type AdminChannelWithCountsResponse = ResponseOf<"/admin/social/channels/{id}", "get">
export type AdminUpdateChannelBody = BodyOf<"/admin/social/channels/{id}", "post">
export type AdminDeleteChannelResponse = ResponseOf<"/admin/social/channels/{id}", "delete">
export type AdminDestinationsResponse = ResponseOf<"/admin/social/channels/destinations", "get">
export type AdminPreviewResponse = ResponseOf<"/admin/social/channels/{id}/preview", "post">
export type AdminSyncChannelBody = BodyOf<"/admin/social/channels/{id}/sync", "post">
export type AdminSyncResponse = ResponseOf<"/admin/social/channels/{id}/sync", "post">
export type AdminListRunsQuery = QueryOf<"/admin/social/channels/{id}/runs", "get">
export type AdminListRunsResponse = ResponseOf<"/admin/social/channels/{id}/runs", "get">
export type AdminListItemsQuery = QueryOf<"/admin/social/channels/{id}/items", "get">
export type AdminListItemsResponse = ResponseOf<"/admin/social/channels/{id}/items", "get">
export type AdminCatalogProductResponse = ResponseOf<"/admin/social/catalog/products/{id}", "get">
export type AdminListReviewsQuery = QueryOf<"/admin/social/reviews", "get">
export type AdminListReviewsResponse = ResponseOf<"/admin/social/reviews", "get">
export type AdminReviewResponse = ResponseOf<"/admin/social/reviews/{id}", "get">
export type AdminModerateReviewResponse = ResponseOf<"/admin/social/reviews/{id}/approve", "post">
export type AdminRejectReviewBody = BodyOf<"/admin/social/reviews/{id}/reject", "post">
export type AdminRespondReviewBody = BodyOf<"/admin/social/reviews/{id}/response", "post">
export type AdminListRewardRulesQuery = QueryOf<"/admin/social/reward-rules", "get">
export type AdminListRewardRulesResponse = ResponseOf<"/admin/social/reward-rules", "get">
export type AdminCreateRewardRuleBody = BodyOf<"/admin/social/reward-rules", "post">
export type AdminRewardRuleResponse = ResponseOf<"/admin/social/reward-rules", "post">
export type AdminRewardRuleWithVersionsResponse = ResponseOf<"/admin/social/reward-rules/{id}", "get">
export type AdminUpdateRewardRuleBody = BodyOf<"/admin/social/reward-rules/{id}", "post">
export type AdminDeleteRewardRuleResponse = ResponseOf<"/admin/social/reward-rules/{id}", "delete">
export type AdminSimulateRewardRuleBody = BodyOf<"/admin/social/reward-rules/{id}/simulate", "post">
export type AdminSimulateRewardRuleResponse = ResponseOf<"/admin/social/reward-rules/{id}/simulate", "post">
export type AdminListRewardGrantsQuery = QueryOf<"/admin/social/reward-grants", "get">
export type AdminListRewardGrantsResponse = ResponseOf<"/admin/social/reward-grants", "get">
export type AdminRewardGrantResponse = ResponseOf<"/admin/social/reward-grants/{id}/approve", "post">
export type AdminRevokeRewardGrantBody = BodyOf<"/admin/social/reward-grants/{id}/revoke", "post">
export type AdminListReferralsQuery = QueryOf<"/admin/social/referrals", "get">
export type AdminListReferralsResponse = ResponseOf<"/admin/social/referrals", "get">
export type AdminDecideReferralBody = BodyOf<"/admin/social/referrals/{id}/approve", "post">
export type AdminReferralResponse = ResponseOf<"/admin/social/referrals/{id}/approve", "post">
export type AdminListBlocklistQuery = QueryOf<"/admin/social/reward-blocklist", "get">
export type AdminListBlocklistResponse = ResponseOf<"/admin/social/reward-blocklist", "get">
export type AdminCreateBlocklistBody = BodyOf<"/admin/social/reward-blocklist", "post">
export type AdminBlocklistEntryResponse = ResponseOf<"/admin/social/reward-blocklist", "post">
export type AdminDeleteBlocklistEntryResponse = ResponseOf<"/admin/social/reward-blocklist/{id}", "delete">
export type AdminListShareLinksQuery = QueryOf<"/admin/social/share-links", "get">
export type AdminListShareLinksResponse = ResponseOf<"/admin/social/share-links", "get">
export type AdminAttributionReportQuery = QueryOf<"/admin/social/attribution/report", "get">
export type AdminAttributionReportResponse = ResponseOf<"/admin/social/attribution/report", "get">
export type AdminOrderAttributionResponse = ResponseOf<"/admin/social/attribution/orders/{id}", "get">

export type { components, paths }
