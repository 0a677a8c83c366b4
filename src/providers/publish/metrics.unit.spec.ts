import { facebookMetrics, instagramMetrics, linkedinMetrics, pinterestMetrics, xMetrics } from "./metrics"

const insight = (name: string, value: unknown) => ({ name, period: "lifetime", values: [{ value }] })

describe("post metrics from the platforms' insights", () => {
  it("reads a Page post's insights and fields, a missing `shares` being none", () => {
    const insights = { data: [insight("post_impressions", 900), insight("post_reactions_by_type_total", { like: 20, love: 5 }), insight("post_clicks_by_type", { "link clicks": 33, "other clicks": 8 })] }
    expect(facebookMetrics(insights, { comments: { summary: { total_count: 3 } } })).toEqual({ impressions: 900, reactions: 25, comments: 3, shares: 0, link_clicks: 33 })
    expect(facebookMetrics({ data: [] }, null)).toEqual({ impressions: null, reactions: null, comments: null, shares: 0, link_clicks: null })
  })

  it("reads Instagram media insights (values or total_value) and never claims link clicks", () => {
    expect(instagramMetrics({ data: [insight("views", 2500), { name: "likes", total_value: { value: 140 } }, insight("comments", 12), insight("shares", 9)] })).toEqual({
      impressions: 2500,
      reactions: 140,
      comments: 12,
      shares: 9,
      link_clicks: null,
    })
  })

  it("reads X public metrics, and link clicks only when X tells them", () => {
    const pub = { impression_count: 1200, like_count: 31, reply_count: 4, retweet_count: 6, quote_count: 2 }
    expect(xMetrics({ data: { public_metrics: pub, non_public_metrics: { url_link_clicks: 48 } } })).toEqual({ impressions: 1200, reactions: 31, comments: 4, shares: 8, link_clicks: 48 })
    expect(xMetrics({ data: { public_metrics: pub } }).link_clicks).toBeNull()
    expect(xMetrics({})).toEqual({ impressions: null, reactions: null, comments: null, shares: null, link_clicks: null })
  })

  it("reads Pinterest pin metrics: lifetime figures where given, else the summary of the days asked", () => {
    const figures = { impressions: 400, reactions: 12, comments: null, shares: null, link_clicks: 30 }
    expect(pinterestMetrics({ all: { lifetime_metrics: { IMPRESSION: 400, SAVE: 12, OUTBOUND_CLICK: 30 } } })).toEqual(figures)
    expect(pinterestMetrics({ all: { summary_metrics: { IMPRESSION: 400, SAVE: 12, OUTBOUND_CLICK: 30 } } })).toEqual(figures)
  })

  it("reads LinkedIn's share statistics of the post's own URN, clicks being all clicks on it", () => {
    const stats = { impressionCount: 700, uniqueImpressionsCount: 500, clickCount: 41, likeCount: 22, commentCount: 5, shareCount: 3, engagement: 0.1 }
    const body = { elements: [{ share: "urn:li:share:1", totalShareStatistics: { impressionCount: 1 } }, { ugcPost: "urn:li:ugcPost:2", totalShareStatistics: stats }] }
    expect(linkedinMetrics(body, "urn:li:ugcPost:2")).toEqual({ impressions: 700, reactions: 22, comments: 5, shares: 3, link_clicks: 41 })
    expect(linkedinMetrics({ elements: [] }, "urn:li:share:9")).toEqual({ impressions: null, reactions: null, comments: null, shares: null, link_clicks: null })
  })
})
