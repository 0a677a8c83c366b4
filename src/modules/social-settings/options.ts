import { z } from "@medusajs/framework/zod"
import { FEATURES, NETWORKS } from "./lib/vocabulary"
import { productUrlTemplateProblem } from "./lib/product-url"
import { RATE_LIMITED_ROUTES, type RateLimitedRoute } from "./lib/rate-limits"

export const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/

const rateLimitSchema = z
  .object({
    points: z.number().int().min(1).max(1_000_000),
    durationSeconds: z.number().int().min(1).max(86_400),
  })
  .strict()

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an absolute http(s) URL" }).max(2048)

export const brandColorsSchema = z
  .object({
    primary: z.string().regex(HEX_COLOR, "must be a hex colour like #1f2937"),
    accent: z.string().regex(HEX_COLOR, "must be a hex colour like #f59e0b"),
    background: z.string().regex(HEX_COLOR, "must be a hex colour like #ffffff"),
    text: z.string().regex(HEX_COLOR, "must be a hex colour like #111827"),
  })
  .strict()

const featureSwitches = z
  .object(Object.fromEntries(FEATURES.map((f) => [f, z.boolean().default(true)])) as {
    [K in (typeof FEATURES)[number]]: z.ZodDefault<z.ZodBoolean>
  })
  .strict()

/**
 * The plugin's options, as written in medusa-config under the plugin entry. They are the defaults
 * of the settings an admin can later change in the dashboard.
 */
export const pluginOptionsSchema = z
  .object({
    storefrontUrl: httpUrl.default("http://localhost:8000"),
    /**
     * Where this Medusa server is reached from outside: the base of share links (/s/:code), card
     * images, feeds and RSS. Crawlers need absolute URLs.
     */
    publicUrl: httpUrl.default("http://localhost:9000"),
    productUrlTemplate: z.string().min(1).default("{storefront}/products/{handle}"),
    allowedRedirectOrigins: z.array(httpUrl).default([]),
    brand: z
      .object({
        name: z.string().min(1).max(80).default("My Store"),
        colors: brandColorsSchema.default({
          primary: "#111827",
          accent: "#f59e0b",
          background: "#ffffff",
          text: "#111827",
        }),
      })
      .strict()
      .default({
        name: "My Store",
        colors: { primary: "#111827", accent: "#f59e0b", background: "#ffffff", text: "#111827" },
      }),
    networks: z.array(z.enum(NETWORKS)).default([...NETWORKS]),
    features: featureSwitches.default(
      Object.fromEntries(FEATURES.map((f) => [f, true])) as Record<(typeof FEATURES)[number], boolean>
    ),
    /**
     * Keys the hashes of IPs, user agents and visitor ids. It must stay the same across restarts
     * and processes, or distinct-visitor counts break.
     */
    secret: z.string().min(16, "must be at least 16 characters").optional(),
    /**
     * Share links: how often buffered clicks are written to the database (and
     * `social.share.clicked` emitted). Clicks are never written on the request path.
     */
    shareClickFlushIntervalMs: z.number().int().min(100).max(600_000).default(5000),
    /**
     * Share links: buffer clicks in this Redis instead of process memory, so that several server
     * processes and restarts lose nothing. Defaults to the REDIS_URL environment variable.
     */
    shareClickRedisUrl: z.string().url().optional(),
    /**
     * Share links: key prefix of the Redis click buffer. Processes of one store must share it;
     * the default is derived from DATABASE_URL so that two stores on one Redis never mix clicks.
     */
    shareClickRedisPrefix: z.string().min(1).max(100).optional(),
    /**
     * Share links: days a distinct-visitor key is kept to recognise a returning visitor. The daily
     * prune job keeps them longer when a `share_visitors` reward rule's window (`within_hours`)
     * needs it. Counts stay: they live in the click ledger; a visitor who returns after their key
     * was pruned counts as new again.
     */
    shareVisitorRetentionDays: z.number().int().min(1).max(730).default(90),
    /**
     * Locales share links, meta tags and cards are made for, besides the store's own
     * `supported_locales` (Medusa's store settings) and the default `en`. BCP 47 tags.
     */
    locales: z.array(z.string().min(2).max(35).refine(isLocaleTag, "must be BCP 47 tags such as fr-FR")).max(200).default([]),
    /**
     * Cards: hosts product images may be fetched from when the File module does not hold them (a
     * CDN the shop's images live on), as host names (or host:port). Fetched with a 1.5 s timeout
     * and a 15 MB cap; no other host is ever fetched.
     */
    cardImageHosts: z.array(z.string().min(1).max(253).regex(/^[A-Za-z0-9.:\[\]-]+$/, "must be host names such as cdn.example.com")).max(50).default([]),
    /**
     * Cards: days a card image stays online after a newer card replaced it (the product, its
     * price or the brand changed). Networks cache an image per URL and scrape again now and then;
     * a share made before the change keeps its picture until then. The cleanup job deletes older
     * replaced cards, and the cards of products deleted that long ago; a product's current card
     * is never deleted.
     */
    supersededCardGraceDays: z.number().int().min(1).max(3650).default(60),
    /** Share links: the shop's X account ("@shop"), for twitter:site and the X intent's "via". */
    twitterHandle: z.string().regex(/^@?\w{1,15}$/, "must be an X handle like @shop").optional(),
    /**
     * Catalog sync: the key that encrypts channel credentials (AES-256-GCM) at rest. A 64-hex or
     * base64 32-byte key, or any passphrase of 16+ characters (hashed to 32 bytes). Falls back to
     * the SOCIAL_CATALOG_ENCRYPTION_KEY environment variable; required in production. Changing it
     * makes stored credentials unreadable (enter them again).
     */
    catalogEncryptionKey: z.string().min(16, "must be at least 16 characters").optional(),
    /**
     * Catalog sync: hosts a channel's `api_base_url` and `token_uri` may name besides the
     * platforms' own (a proxy; the test suite's contract servers on 127.0.0.1). Host names or IP
     * literals, without scheme or port. In production, private, loopback and link-local addresses
     * are refused even when listed.
     */
    catalogAllowedHosts: z.array(z.string().min(1).max(253).regex(/^[A-Za-z0-9.:\[\]-]+$/, "must be host names such as proxy.example.com")).max(50).default([]),
    /**
     * Publishing: the platforms' API origins, per API ("graph" for Facebook and Instagram, "x",
     * "pinterest", "linkedin", "tiktok"), when they are not the platforms' own (a proxy; the test
     * suite's contract servers). Set in the configuration only: an admin cannot send a shop's
     * tokens elsewhere.
     */
    publishEndpoints: z
      .object({
        graph: httpUrl.optional(),
        x: httpUrl.optional(),
        pinterest: httpUrl.optional(),
        linkedin: httpUrl.optional(),
        /** LinkedIn's OAuth host (www.linkedin.com), apart from its API's. */
        linkedin_oauth: httpUrl.optional(),
        tiktok: httpUrl.optional(),
      })
      .strict()
      .default({}),
    /**
     * Catalog sync: hosts of `catalogAllowedHosts` that may be private or loopback addresses even
     * in production (an egress proxy inside the private network; the multi-process test's local
     * contract server). Set by whoever deploys the store, never by an admin session: a channel's
     * endpoint still has to name one of them, and any other private address stays refused.
     */
    catalogPrivateHosts: z.array(z.string().min(1).max(253).regex(/^[A-Za-z0-9.:\[\]-]+$/, "must be host names such as proxy.internal")).max(50).default([]),
    /**
     * Catalog sync: seconds of a run's lease. The worker running a sync renews it (and the
     * channel's lock) every third of it; when a worker dies, another takes the run over once the
     * lease has expired (the resume job looks every minute).
     */
    catalogRunLeaseSeconds: z.number().int().min(2).max(3600).default(120),
    /**
     * Price watch: minutes between two scans of the pricing module for changes Medusa announces
     * with no event (price lists added, edited or deleted; a sale that starts or ends). They
     * reach the catalog queue, the RSS and the og cards within this time. 0 switches it off
     * (price lists then reach the shops with the daily full catalog run).
     */
    priceWatchIntervalMinutes: z.number().int().min(0).max(1440).default(5),
    /** How long a process keeps the settings before reading them again. */
    settingsCacheTtlSeconds: z.number().int().min(0).max(3600).default(10),
    /**
     * Rewards: the days a customer may return an order. Rewards paid on an order (referrals, a
     * share that sold) are held at least this long, since a return claws them back.
     */
    rewardReturnWindowDays: z.number().int().min(0).max(365).default(30),
    /** Rewards: the referral link a customer shares; `{storefront}` and `{code}` are replaced. */
    referralLinkTemplate: z.string().min(1).max(500).default("{storefront}/?ref={code}"),
    /**
     * Rate limits of the public writes and expensive reads, per route: `points` requests per
     * `durationSeconds`, counted per customer (or admin user) when logged in and per client network
     * (IPv4 /24, IPv6 /64) otherwise. In Redis when `redisUrl` (default: REDIS_URL) is set, so every
     * process shares the count; in process memory otherwise. See RATE_LIMIT_DEFAULTS.
     */
    rateLimits: z
      .object({
        enabled: z.boolean().default(true),
        redisUrl: z.string().url().optional(),
        keyPrefix: z.string().min(1).max(100).default("social-rl"),
        routes: z
          .object(
            Object.fromEntries(RATE_LIMITED_ROUTES.map((name) => [name, rateLimitSchema.optional()])) as {
              [K in RateLimitedRoute]: z.ZodOptional<typeof rateLimitSchema>
            }
          )
          .strict()
          .default({}),
      })
      .strict()
      .default({ enabled: true, keyPrefix: "social-rl", routes: {} }),
    /** Reviews (product_review module). */
    reviews: z
      .object({
        /** Publish new reviews at once instead of waiting for moderation. */
        autoApprove: z.boolean().default(false),
        /** Accept reviews from customers who did not buy the product; they are marked unverified. */
        allowUnverified: z.boolean().default(false),
        titleMaxLength: z.number().int().min(10).max(500).default(120),
        bodyMinLength: z.number().int().min(1).max(1000).default(10),
        bodyMaxLength: z.number().int().min(100).max(20000).default(5000),
        /** Photos per review, and the size of each upload before re-encoding. */
        maxPhotos: z.number().int().min(0).max(10).default(5),
        maxPhotoBytes: z.number().int().min(10_000).max(25_000_000).default(8_000_000),
        /** All photos of one request together (the request is refused before it is read). */
        maxTotalPhotoBytes: z.number().int().min(10_000).max(100_000_000).default(20_000_000),
        /**
         * Pixels a photo may have before it is decoded (width x height from its header): a small
         * file can stand for gigapixels (a decompression bomb). 40 MP is a large phone photo.
         */
        maxPhotoPixels: z.number().int().min(1_000_000).max(268_402_689).default(40_000_000),
        /** Long side of the stored (re-encoded) photo, in pixels. */
        photoMaxDimension: z.number().int().min(200).max(4096).default(2048),
        /** A new review rated this or lower notifies the admin (Notification module). */
        lowRatingThreshold: z.number().int().min(0).max(5).default(2),
        /** Notification channels for that alert (the provider must serve them). */
        lowRatingChannels: z.array(z.string().min(1)).default(["feed"]),
        /** Recipient on channels that need one (e.g. email); the admin feed ignores it. */
        lowRatingRecipient: z.string().default(""),
      })
      .strict()
      .default({
        autoApprove: false,
        allowUnverified: false,
        titleMaxLength: 120,
        bodyMinLength: 10,
        bodyMaxLength: 5000,
        maxPhotos: 5,
        maxPhotoBytes: 8_000_000,
        maxTotalPhotoBytes: 20_000_000,
        maxPhotoPixels: 40_000_000,
        photoMaxDimension: 2048,
        lowRatingThreshold: 2,
        lowRatingChannels: ["feed"],
        lowRatingRecipient: "",
      }),
    /**
     * Inbox: comments on the shop's posts, by polling and Meta's webhooks. `metaVerifyToken` is
     * the token entered in the Meta app's webhook settings (the `GET /social/webhooks/meta`
     * challenge answers only with it); `metaAppSecret` signs the webhook deliveries
     * (`X-Hub-Signature-256`), besides any `app_secret` stored on a Facebook or Instagram account.
     * Set in the configuration only. `alertWords` and `unansweredHours` are defaults an admin may
     * change in the settings; the alerts go through the Notification module on `alertChannels`.
     */
    inbox: z
      .object({
        metaVerifyToken: z.string().min(8, "must be at least 8 characters").max(200).optional(),
        metaAppSecret: z.string().min(8, "must be at least 8 characters").max(200).optional(),
        /** Hours after which a comment nobody answered alerts the admin; 0 for never. */
        unansweredHours: z.number().int().min(0).max(720).default(24),
        /** Words (or phrases) that alert the admin when a comment holds one, case and accents aside. */
        alertWords: z.array(z.string().trim().min(1).max(100)).max(200).default([]),
        alertChannels: z.array(z.string().min(1)).default(["feed"]),
        /** Recipient on channels that need one (e.g. email); the admin feed ignores it. */
        alertRecipient: z.string().default(""),
        /** Days after publishing during which a post's comments are polled. */
        pollDays: z.number().int().min(1).max(365).default(30),
      })
      .strict()
      .default({ unansweredHours: 24, alertWords: [], alertChannels: ["feed"], alertRecipient: "", pollDays: 30 }),
    /**
     * Retention of personal data the plugin keeps beyond touches (a daily job purges it):
     * conversion events once sent or failed, order attributions by their order date, referrals
     * once decided or left unused. Touches follow `attribution.retentionDays`.
     */
    retention: z
      .object({
        /** Days a sent or failed conversion event (hashed identifiers) is kept, for support. */
        conversionEventsDays: z.number().int().min(1).max(3650).default(30),
        /** Days an order's attribution (and its trace) is kept: the reports' horizon. */
        attributionsDays: z.number().int().min(1).max(3650).default(400),
        /** Days a qualified, rejected or unused referral is kept after its last change. */
        referralsDays: z.number().int().min(1).max(3650).default(730),
      })
      .strict()
      .default({ conversionEventsDays: 30, attributionsDays: 400, referralsDays: 730 }),
    /** Attribution of orders to social referrals (social_attribution module). */
    attribution: z
      .object({
        /** Days before an order in which a touch may take credit (Shopify's default is 30). */
        windowDays: z.number().int().min(1).max(365).default(30),
        /** Days a touch is kept before the purge job deletes it; at least the window. */
        retentionDays: z.number().int().min(1).max(730).default(90),
        /** Consent assumed when the storefront sends none: "analytics" records without ad sharing. */
        defaultConsent: z.enum(["granted", "analytics", "denied"]).default("analytics"),
        /** Keep an explicit referral code (`ref`) of a visitor who refused consent (nothing else). */
        keepReferralWithoutConsent: z.boolean().default(false),
        /** Whether order attribution runs at all (the `attribution` feature switch also applies). */
        enabled: z.boolean().default(true),
      })
      .strict()
      .default({
        windowDays: 30,
        retentionDays: 90,
        defaultConsent: "analytics",
        keepReferralWithoutConsent: false,
        enabled: true,
      }),
    /**
     * Server-side purchase events for the ad platforms. A destination without credentials is off.
     * `endpoint` overrides the platform's base URL (tests point it at the local contract servers).
     */
    conversions: z
      .object({
        meta: z
          .object({
            pixelId: z.string().min(1),
            accessToken: z.string().min(1),
            apiVersion: z.string().regex(/^v\d+\.\d+$/).default("v21.0"),
            testEventCode: z.string().optional(),
            endpoint: httpUrl.optional(),
          })
          .strict()
          .optional(),
        tiktok: z
          .object({
            pixelCode: z.string().min(1),
            accessToken: z.string().min(1),
            testEventCode: z.string().optional(),
            endpoint: httpUrl.optional(),
          })
          .strict()
          .optional(),
        pinterest: z
          .object({
            adAccountId: z.string().regex(/^\d{1,18}$/, "must be the numeric ad account id"),
            accessToken: z.string().min(1),
            test: z.boolean().default(false),
            endpoint: httpUrl.optional(),
          })
          .strict()
          .optional(),
        /** Attempts before an event is marked failed; retries back off exponentially with jitter. */
        maxAttempts: z.number().int().min(1).max(20).default(8),
      })
      .strict()
      .default({ maxAttempts: 8 }),
  })
  // Not strict at the top level: Medusa adds keys of its own (such as `database`) to the options
  // every module receives. Nested objects are strict, so a typo there stops the boot.
  .superRefine((o, ctx) => {
    const problem = productUrlTemplateProblem(o.productUrlTemplate, o.storefrontUrl)
    if (problem) {
      ctx.addIssue({ code: "custom", path: ["productUrlTemplate"], message: problem })
    }
    if (o.attribution.retentionDays < o.attribution.windowDays) {
      ctx.addIssue({ code: "custom", path: ["attribution", "retentionDays"], message: "must be at least attribution.windowDays" })
    }
    if (!o.catalogEncryptionKey && !process.env.SOCIAL_CATALOG_ENCRYPTION_KEY && process.env.NODE_ENV === "production") {
      ctx.addIssue({ code: "custom", path: ["catalogEncryptionKey"], message: "is required in production (or SOCIAL_CATALOG_ENCRYPTION_KEY)" })
    }
    if (!o.secret && process.env.NODE_ENV === "production") {
      ctx.addIssue({ code: "custom", path: ["secret"], message: "is required in production" })
    }
  })

function isLocaleTag(tag: string) {
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}

export type PluginOptionsInput = z.input<typeof pluginOptionsSchema>
export type PluginOptions = z.output<typeof pluginOptionsSchema> & { secret: string }

/** The secret used outside production when none is configured; never in production. */
const DEVELOPMENT_SECRET = "medusa-plugin-social-commerce-development-secret"

/**
 * What outside production runs on a development fallback: a missing `secret` (the hashes of IPs,
 * user agents and visitors are then keyed with a value published in this package) or encryption
 * key (channel credentials are then sealed with a key derived from that secret). Production refuses
 * to boot without them instead (see the schema).
 */
export function developmentFallbacks(raw: unknown): string[] {
  const result = pluginOptionsSchema.safeParse(raw ?? {})
  if (!result.success || process.env.NODE_ENV === "production") {
    return []
  }
  const out: string[] = []
  if (!result.data.secret) {
    out.push('option "secret" is not set: IP, user-agent and visitor hashes use a public development secret; set it (at least 16 characters) before going live')
  }
  if (!result.data.catalogEncryptionKey && !process.env.SOCIAL_CATALOG_ENCRYPTION_KEY) {
    out.push('option "catalogEncryptionKey" (or SOCIAL_CATALOG_ENCRYPTION_KEY) is not set: channel credentials are sealed with a key derived from the secret; set it before going live')
  }
  return out
}

/**
 * Parses the plugin options; throws an error naming the first invalid option.
 */
export function parsePluginOptions(raw: unknown): PluginOptions {
  const result = pluginOptionsSchema.safeParse(raw ?? {})
  if (!result.success) {
    const issue = result.error.issues[0]
    const name = issue.path.join(".") || "(root)"
    const message =
      issue.code === "unrecognized_keys"
        ? `unknown option${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${[...issue.path, k].join(".")}"`).join(", ")}`
        : `option "${name}" ${issue.message}`
    throw new Error(`medusa-plugin-social-commerce: invalid plugin options: ${message}`)
  }
  return {
    ...result.data,
    secret: result.data.secret ?? DEVELOPMENT_SECRET,
    shareClickRedisUrl: result.data.shareClickRedisUrl ?? (process.env.REDIS_URL || undefined),
    rateLimits: { ...result.data.rateLimits, redisUrl: result.data.rateLimits.redisUrl ?? (process.env.REDIS_URL || undefined) },
  }
}
