import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow, createCustomersWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { SOCIAL_REWARD_MODULE } from "../src/modules/social-reward"
import type SocialRewardModuleService from "../src/modules/social-reward/service"
import { SOCIAL_CATALOG_MODULE } from "../src/modules/social-catalog"
import type SocialCatalogModuleService from "../src/modules/social-catalog/service"
import { claimReferralWorkflow } from "../src/workflows/social-reward/workflows/claim-referral"
import { revokeRewardGrantsWorkflow } from "../src/workflows/social-reward/workflows/revoke-reward-grants"
import { createCatalogChannelWorkflow } from "../src/workflows/social-catalog/workflows/create-catalog-channel"
import { requestCatalogSyncWorkflow } from "../src/workflows/social-catalog/workflows/request-catalog-sync"
import type { Buyer } from "./activity/checkout"
import { browse, campaign, purchase, type DemoOrder, type Landing } from "./activity/orders"
import { EventRelay } from "./activity/relay"
import { writeReviews } from "./activity/reviews"
import { clicksFor, createShareLinks, recordClicks } from "./activity/shares"
import { loadShop, randomFrom } from "./activity/shop"

const DAY = 86_400_000
const SALES_CHANNEL = "Social Demo Store"
const FIRST = ["Ada", "Bruno", "Chloé", "Dario", "Elif", "Finn", "Greta", "Hugo", "Inès", "Jonas", "Kaia", "Luca", "Maja", "Noé", "Olga", "Paul", "Quinn", "Rosa", "Sven", "Thea"]
const LAST = ["Martin", "Schmidt", "Rossi", "García", "Dubois", "Jansen", "Novak", "Berg", "Costa", "Meyer"]
const shopperEmail = (n: number) => `shopper${String(n).padStart(3, "0")}@example.com`

/**
 * The demo's 30 days of activity, seeded once after the store (`DEMO_ACTIVITY=0` skips it):
 * shoppers, share links and their clicks, landings with UTM sets and ad click ids, about 150
 * orders through Medusa's checkout, reviews, reward rules with grants in every status, referrals
 * and two catalog channels with a finished run. Everything goes through the plugin's and
 * Medusa's own workflows and the plugin's subscribers (see activity/relay.ts), so every figure
 * the admin shows is one the plugin computed.
 */
export default async function seedActivity({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (process.env.DEMO_ACTIVITY === "0") {
    logger.info("DEMO_ACTIVITY=0: no demo activity seeded.")
    return
  }
  const [seeded] = await container.resolve(Modules.CUSTOMER).listCustomers({ email: shopperEmail(1) })
  if (seeded) {
    logger.info("Demo activity already seeded: leaving it as it is.")
    return
  }
  const began = Date.now()
  const now = Date.now()
  const start = now - 30 * DAY
  const rand = randomFrom(20261205)
  const relay = new EventRelay(container)
  relay.start()
  const shop = await loadShop(container, SALES_CHANNEL)
  const rewards = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)

  logger.info("Demo activity: reward rules and 100 shoppers...")
  await createRules(rewards)
  const { result: created } = await createCustomersWorkflow(container).run({
    input: {
      customersData: Array.from({ length: 100 }, (_, i) => ({
        email: shopperEmail(i + 1),
        first_name: FIRST[i % FIRST.length],
        last_name: LAST[Math.floor(i / FIRST.length) % LAST.length],
      })),
    },
  })
  const buyers: Buyer[] = created.map((c) => ({ customer_id: c.id, email: c.email!, first_name: c.first_name!, last_name: c.last_name! }))

  logger.info("Demo activity: share links and their clicks...")
  const links = await createShareLinks(container, { sharers: buyers.slice(0, 30), products: shop.products, start, rand })
  const clicks = clicksFor(links, now, rand)
  // Most people who open a share link reach the product page, whose tracker records the landing.
  await recordClicks(container, relay, clicks, async (c) => {
    if (rand.chance(0.75)) {
      await browse(container, { shop, landing: { kind: "share", link: c.link }, at: new Date(c.at + 2_000), rand, from: c.visitor! })
    }
  })

  logger.info("Demo activity: landings and about 150 orders through the checkout...")
  const referrers = [buyers[0], buyers[1]]
  const codes = await Promise.all(referrers.map((r, i) => rewards.getOrCreateReferralCode(r.customer_id, i === 1 ? "demo-shared-device" : null)))
  // Two friends claim a referral code before their first order; the second from the referrer's
  // own device (same IP and user agent): that referral waits for a person to review it.
  const friends = [buyers[98], buyers[99]]
  for (const [i, friend] of friends.entries()) {
    await claimReferralWorkflow(container).run({ input: { customer_id: friend.customer_id, code: codes[i].code, ip_ua_hash: i === 1 ? "demo-shared-device" : null } })
  }
  // The plan first (every random choice made in order, so the history is the same on every
  // machine), then the purchases four at a time: checkout is mostly waiting on the database.
  const peopleClicks = clicks.filter((c) => !c.bot)
  const plan = Array.from({ length: 148 }, (_, i) => {
    const at = new Date(start + ((i + rand.next()) / 150) * 29.5 * DAY)
    const roll = rand.next()
    const clicked = peopleClicks.filter((c) => c.at < at.getTime() - 3_600_000)
    const landing: Landing = roll < 0.33 && clicked.length ? { kind: "share", link: rand.pick(clicked).link } : roll < 0.7 ? campaign(rand) : { kind: "direct" }
    const buyer = landing.kind === "share" ? rand.pick(buyers.slice(30, 98)) : rand.pick(buyers.slice(2, 98))
    const market = rand.chance(0.8) ? rand.pick(shop.markets.eu) : shop.markets.us
    const browsing = Array.from({ length: rand.int(2, 8) }, () => ({
      landing: campaign(rand),
      at: new Date(at.getTime() - rand.int(1, 2880) * 60_000),
    }))
    return { at, landing, buyer, market, browsing, seed: rand.int(1, 2 ** 30) }
  })
  const orders: DemoOrder[] = []
  for (let i = 0; i < plan.length; i += 4) {
    const group = plan.slice(i, i + 4)
    const placed = await Promise.all(
      group.map(async (p) => {
        const r = randomFrom(p.seed)
        for (const b of p.browsing) await browse(container, { shop, landing: b.landing, at: b.at, rand: r })
        return purchase(container, relay, { shop, market: p.market, buyer: p.buyer, landing: p.landing, at: p.at, rand: r, settle: false })
      })
    )
    orders.push(...placed)
    await relay.settle()
  }
  for (const [i, friend] of friends.entries()) {
    orders.push(await purchase(container, relay, { shop, market: shop.markets.eu[0], buyer: friend, landing: { kind: "referral", code: codes[i].code }, at: new Date(now - (3 + i) * DAY), rand }))
  }

  logger.info("Demo activity: reviews and their rewards...")
  const reviews = await writeReviews(container, relay, orders.filter((o) => o.landing !== "referral"), rand)

  logger.info("Demo activity: reward codes redeemed, a grant revoked, a canceled order...")
  const issued = await rewards.listRewardGrants({ status: "issued" }, { take: 3, order: { created_at: "ASC" } })
  for (const grant of issued) {
    const buyer = buyers.find((b) => b.customer_id === grant.customer_id)!
    orders.push(await purchase(container, relay, { shop, market: shop.markets.eu[0], buyer, landing: { kind: "direct" }, at: new Date(now - rand.int(1, 12) * 3_600_000), rand, promo_code: grant.code! }))
  }
  // A share that sold, then the order was canceled: its held grant is revoked by the subscriber.
  const soldByShare = orders.filter((o) => o.landing === "share")
  const canceled = soldByShare[soldByShare.length - 1]
  if (canceled) {
    await cancelOrderWorkflow(container).run({ input: { order_id: canceled.order_id } })
    await relay.settle()
  }
  // And one the merchant revoked by hand (a grant still held).
  const [held] = await rewards.listRewardGrants({ status: "held" }, { take: 1, order: { created_at: "DESC" } })
  if (held) {
    await revokeRewardGrantsWorkflow(container).run({ input: { grant_ids: [held.id], reason: "merchant: duplicate account" } })
  }

  logger.info("Demo activity: Google and Meta feed channels and their first run...")
  const catalog = await seedCatalog(container, shop, relay)

  const grants = await rewards.listRewardGrants({}, { take: 1000, select: ["status"] })
  const byStatus = grants.reduce<Record<string, number>>((m, g) => ((m[g.status] = (m[g.status] ?? 0) + 1), m), {})
  const summary = [
    `${buyers.length} shoppers`,
    `${links.length} share links with ${clicks.length} clicks (${clicks.filter((c) => c.bot).length} by link previewers)`,
    `${orders.length} orders (${orders.filter((o) => o.landing === "share").length} from share links, ${orders.filter((o) => o.landing === "campaign").length} from campaigns, ${orders.filter((o) => o.landing === "referral").length} referred, ${orders.filter((o) => o.landing === "direct").length} direct; 1 canceled)`,
    `${reviews.approved + reviews.rejected + reviews.pending} reviews (${reviews.approved} approved, ${reviews.pending} pending, ${reviews.rejected} rejected, ${reviews.with_photos} with photos, ${reviews.replied} answered)`,
    `reward grants: ${Object.entries(byStatus).map(([s, n]) => `${n} ${s}`).join(", ")}`,
    `catalog: ${catalog.join("; ")}`,
  ]
  if (relay.failures.length) {
    logger.warn(`Demo activity: ${relay.failures.length} subscriber runs failed, first: ${relay.failures[0]}`)
  }
  logger.info(`Demo activity seeded in ${Math.round((Date.now() - began) / 1000)} s:\n  - ${summary.join("\n  - ")}`)
  const infoFile = process.env.DEMO_INFO_FILE
  if (infoFile) {
    const fs = await import("fs")
    const info = fs.existsSync(infoFile) ? JSON.parse(fs.readFileSync(infoFile, "utf8")) : {}
    fs.writeFileSync(infoFile, JSON.stringify({ ...info, activity: summary }, null, 2))
  }
}

/** The demo's reward rules: reviews (with a photo bonus), shares that bring visitors or sell, referrals. */
async function createRules(rewards: SocialRewardModuleService) {
  const monthly = { period: "month" as const, max_count: 5, max_value: null, budget: 2000 }
  const returnWindow = 30 * 24
  const rules = [
    { name: "Thanks for your review", trigger: "review_approved", reward: { type: "fixed", value: 5, currency_code: "eur", expires_in_days: 60 }, hold_hours: 0 },
    { name: "Review with a photo", trigger: "review_with_photo_approved", reward: { type: "percentage", value: 10, expires_in_days: 60, cost_estimate: 8 }, hold_hours: 0 },
    { name: "Your share brought visitors", trigger: "share_visitors", trigger_config: { visitors: 3, within_hours: 14 * 24 }, reward: { type: "fixed", value: 3, currency_code: "eur", expires_in_days: 30 }, hold_hours: 0 },
    { name: "Your share made a sale", trigger: "share_order", reward: { type: "fixed", value: 10, currency_code: "eur", expires_in_days: 60 }, hold_hours: returnWindow },
    { name: "Referral: thank you", trigger: "referral_referrer", reward: { type: "fixed", value: 15, currency_code: "eur", expires_in_days: 90 }, hold_hours: returnWindow },
    { name: "Referral: welcome", trigger: "referral_friend", reward: { type: "percentage", value: 15, expires_in_days: 90, cost_estimate: 12 }, hold_hours: returnWindow },
  ]
  for (const r of rules) {
    await rewards.createRule({ status: "active", trigger_config: {}, caps: monthly, min_order_value: null, description: null, ...r } as any)
  }
}

/**
 * A Google and a Meta feed for the EU market, each synced once through the sync workflow (the
 * admin's "sync now"). One variant has a barcode with a wrong check digit: the item error an
 * admin acts on.
 */
async function seedCatalog(container: ExecArgs["container"], shop: Awaited<ReturnType<typeof loadShop>>, relay: EventRelay) {
  const region = shop.markets.eu[0].region_id
  await updateProductVariantsWorkflow(container).run({ input: { selector: { id: shop.products[0].variant_ids[0] }, update: { ean: "4006381333932" } } })
  const out: string[] = []
  const catalog = container.resolve<SocialCatalogModuleService>(SOCIAL_CATALOG_MODULE)
  for (const [name, destination] of [
    ["Google Shopping DE", "google"],
    ["Meta Shop DE", "meta"],
  ] as const) {
    const { result: channel } = await createCatalogChannelWorkflow(container).run({
      input: { name, destination, mode: "feed", currency_code: "eur", language: "de", country: "de", sales_channel_id: shop.sales_channel_id, region_id: region },
    })
    await requestCatalogSyncWorkflow(container).run({ input: { channel_id: (channel as any).id, kind: "full" } })
    await relay.settle()
    const counts = await catalog.countByStatus((channel as any).id)
    out.push(`${name}: ${Object.entries(counts).map(([s, n]) => `${n} ${s}`).join(", ")}`)
  }
  return out
}
