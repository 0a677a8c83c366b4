import { z } from "@medusajs/framework/zod"
import { FEATURES, NETWORKS } from "./lib/vocabulary"
import { productUrlTemplateProblem } from "./lib/product-url"

export const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/

const httpUrl = z
  .string()
  .url()
  .refine((v) => /^https?:\/\//i.test(v), "must be an http(s) URL")

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
     * Catalog sync: the key that encrypts channel credentials (AES-256-GCM) at rest. A 64-hex or
     * base64 32-byte key, or any passphrase of 16+ characters (hashed to 32 bytes). Falls back to
     * the SOCIAL_CATALOG_ENCRYPTION_KEY environment variable; required in production. Changing it
     * makes stored credentials unreadable (enter them again).
     */
    catalogEncryptionKey: z.string().min(16, "must be at least 16 characters").optional(),
    /** How long a process keeps the settings before reading them again. */
    settingsCacheTtlSeconds: z.number().int().min(0).max(3600).default(10),
  })
  // Not strict at the top level: Medusa adds keys of its own (such as `database`) to the options
  // every module receives. Nested objects are strict, so a typo there stops the boot.
  .superRefine((o, ctx) => {
    const problem = productUrlTemplateProblem(o.productUrlTemplate, o.storefrontUrl)
    if (problem) {
      ctx.addIssue({ code: "custom", path: ["productUrlTemplate"], message: problem })
    }
    if (!o.catalogEncryptionKey && !process.env.SOCIAL_CATALOG_ENCRYPTION_KEY && process.env.NODE_ENV === "production") {
      ctx.addIssue({ code: "custom", path: ["catalogEncryptionKey"], message: "is required in production (or SOCIAL_CATALOG_ENCRYPTION_KEY)" })
    }
    if (!o.secret && process.env.NODE_ENV === "production") {
      ctx.addIssue({ code: "custom", path: ["secret"], message: "is required in production" })
    }
  })

export type PluginOptionsInput = z.input<typeof pluginOptionsSchema>
export type PluginOptions = z.output<typeof pluginOptionsSchema> & { secret: string }

/** The secret used outside production when none is configured; never in production. */
const DEVELOPMENT_SECRET = "medusa-plugin-social-commerce-development-secret"

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
  return { ...result.data, secret: result.data.secret ?? DEVELOPMENT_SECRET }
}
