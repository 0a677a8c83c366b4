import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import fc from "fast-check"
import { RATE_LIMITED_ROUTES } from "../../src/modules/social-settings/lib/rate-limits"
import { createAdminHeaders, createCustomerHeaders } from "../helpers/auth"
import { createTestOrder } from "../helpers/reviews"
import { createShareProduct, createStorefrontKey, setStoreCurrencies } from "../helpers/share-fixtures"
import { arbitraryFor, invalidArbitraryFor, type Invalid, type JsonSchema } from "./lib/json-schema-arbitrary"
import { listRoutes, type FuzzRoute } from "./lib/routes"

/**
 * `npm run test:fuzz`: generated valid and invalid requests to every route of the plugin, from
 * the OpenAPI document when the repository has one, else from the routes' own zod schemas. Asserted for every answer: no 5xx, a 400 names the field, no answer
 * slower than 2 s, and a refused request (4xx) changes no row of the plugin's tables.
 * FUZZ_RUNS (requests per route and phase, default 4) and FUZZ_SEED (to replay a run) tune it.
 */
jest.setTimeout(600_000)

// The fuzz run sends far more requests per network than a shopper: budgets out of reach here
// (the limiter stays in the path, keyed as always).
process.env.SOCIAL_RATE_LIMITS = JSON.stringify({
  routes: Object.fromEntries(RATE_LIMITED_ROUTES.map((r) => [r, { points: 1_000_000, durationSeconds: 1 }])),
})

const RUNS = Number(process.env.FUZZ_RUNS ?? 4)
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31))
const SLOW_MS = 2000
const CARD_FILES = ["og.png", "og-light.jpg", "square.png", "pin.png", "story.png", "portrait.jpg", "photo.jpg"]

const routes = listRoutes()
// Three areas, one test each per phase: each test restores the database, which costs seconds.
const groupOf = (r: FuzzRoute) => (/^\/(admin|store)\//.test(r.path) ? r.path.split("/")[1] : "public")
// Admin last among generated requests: a settings change it makes (a capability switched off) stays
// in the process's settings cache for a few seconds after the database is restored.
const groups = ["public", "store", "admin"]

type Fixtures = {
  admin: Record<string, string>
  store: Record<string, string>
  shopper: Record<string, string>
  ids: Record<string, string>
}

/**
 * Path parameters that do not exist, or that try to escape or break the path (already encoded).
 * Undecodable ones (`%E0%A4%A`) only outside /admin and /store: there Medusa's own middlewares
 * decode the path before any of the plugin's and answer 500 (its own routes too); not the plugin's
 * to fix.
 */
const junkParam = (route: FuzzRoute) =>
  fc.oneof(
    fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s !== "." && s !== "..").map(encodeURIComponent),
    fc.constantFrom("..%2F..%2Fetc%2Fpasswd", "%00", "'%20OR%201%3D1%20--", "x".repeat(300), "%F0%9F%98%80", "prod_0000000000"),
    ...(/^\/(admin|store)\//.test(route.path) ? [] : [fc.constantFrom("%E0%A4%A", "%", "a%zz")])
  )

function flatKeys(value: unknown, prefix = ""): string[] {
  if (!value || typeof value !== "object" || Array.isArray(value)) return []
  return Object.entries(value).flatMap(([k, v]) => [prefix + k, k, ...flatKeys(v, `${prefix}${k}.`)])
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const fx = {} as Fixtures
    const findings: string[] = []
    const seen: Record<string, number> = {}

    beforeAll(async () => {
      const container = getContainer()
      fx.admin = (await createAdminHeaders(container, api)).headers
      const key = await createStorefrontKey(container)
      fx.store = key.headers
      await setStoreCurrencies(api, { headers: fx.admin })
      const product = await createShareProduct(api, { headers: fx.admin }, { sales_channels: [{ id: key.sales_channel_id }] })
      const buyer = await createCustomerHeaders(api, { headers: fx.store })
      const order = await createTestOrder(container, buyer.customer, [product])
      fx.shopper = buyer.headers
      const review = await api.post(
        "/store/social/reviews",
        { product_id: product.id, rating: 4, title: "Fits well", body: "Soft cotton, true to size." },
        { headers: fx.shopper }
      )
      const share = await api.get(`/store/social/products/${product.id}/share`, { headers: fx.store })
      const card = await api.get(`/social/cards/${product.id}/og.png`, { maxRedirects: 0, validateStatus: () => true })
      const channel = await api.post(
        "/admin/social/channels",
        { name: "Fuzz", destination: "google", language: "en", country: "us", currency_code: "usd", sales_channel_id: key.sales_channel_id },
        { headers: fx.admin }
      )
      const rule = await api.post(
        "/admin/social/reward-rules",
        { name: "Thanks", status: "active", trigger: "review_approved", reward: { type: "fixed", value: 5, currency_code: "usd" } },
        { headers: fx.admin }
      )
      const blocked = await api.post("/admin/social/reward-blocklist", { kind: "email", value: "fraud@example.com" }, { headers: fx.admin })
      fx.ids = {
        product: product.id,
        order: order.id,
        review: review.data.review.id,
        code: share.data.share.links[0].code,
        cardFile: card.headers.location.split("/").pop(),
        channel: channel.data.channel.id,
        feedFile: channel.data.channel.feed_url.split("/").pop(),
        rule: rule.data.reward_rule.id,
        blocklist: blocked.data.entry.id,
      }
    })

    afterAll(() => {
      const summary = Object.entries(seen)
        .sort()
        .map(([k, n]) => `${k}=${n}`)
        .join(" ")
      const documented = routes.filter((r) => r.source === "openapi").length
      console.log(`[fuzz] seed ${SEED}, ${RUNS} runs per route and phase, ${routes.length} routes (${documented} from the OpenAPI document, the others from their zod schemas); answers: ${summary}`)
    })

    /** A real id for the parameter where one exists, or the fixture the route needs. */
    function realParam(route: FuzzRoute, name: string): string {
      const segments = route.path.split("/")
      const before = segments[segments.indexOf(`:${name}`) - 1]
      const ids = fx.ids
      if (name === "format") return fc.sample(fc.constantFrom(...CARD_FILES), { numRuns: 1, seed: SEED })[0]
      if (name === "code") return ids.code
      if (name === "file") return route.path.startsWith("/social/feeds") ? ids.feedFile : ids.cardFile
      if (name === "channel_id") return ids.channel
      if (name === "product_id") return ids.product
      const byCollection: Record<string, string> = {
        products: ids.product,
        orders: ids.order,
        reviews: ids.review,
        channels: ids.channel,
        "reward-rules": ids.rule,
        "reward-blocklist": ids.blocklist,
      }
      return byCollection[before] ?? `${before}_fuzz_missing`
    }

    function headersFor(route: FuzzRoute) {
      if (route.path.startsWith("/admin/")) return fx.admin
      if (route.path.startsWith("/store/")) return fx.shopper
      return {}
    }

    let fingerprintSql: string | null = null

    /** The table fingerprint: rows and last update of every table of the plugin (links included). */
    async function fingerprint(): Promise<Record<string, string>> {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      fingerprintSql ??= await fingerprintQuery(pg)
      const { rows } = await pg.raw(fingerprintSql)
      return Object.fromEntries(rows.map((r: any) => [r.t, `${r.n}:${r.u}`]))
    }

    async function fingerprintQuery(pg: any): Promise<string> {
      const { rows: tables } = await pg.raw(
        `select t.table_name, exists (select 1 from information_schema.columns c where c.table_schema = t.table_schema
           and c.table_name = t.table_name and c.column_name = 'updated_at') as has_updated
         from information_schema.tables t
         where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
           and (t.table_name like '%social%' or t.table_name like '%product_review%')
           -- written on a timer (the price watch), never by a request
           and t.table_name <> 'social_catalog_watermark'
         order by t.table_name`
      )
      const parts = tables.map(
        (t: { table_name: string; has_updated: boolean }) =>
          `select '${t.table_name}' as t, count(*)::text as n, ${t.has_updated ? "coalesce(max(updated_at)::text, '')" : "''"} as u from "${t.table_name}"`
      )
      return parts.join(" union all ")
    }

    const changed = (a: Record<string, string>, b: Record<string, string>) => Object.keys(b).filter((t) => a[t] !== b[t])

    /** The fingerprint once accepted requests' background work (subscribers, workflows) is done. */
    async function settle(): Promise<Record<string, string>> {
      let last = await fingerprint()
      for (let i = 0, stable = 0; i < 30 && stable < 2; i++) {
        await new Promise((r) => setTimeout(r, 100))
        const now = await fingerprint()
        stable = changed(last, now).length ? 0 : stable + 1
        last = now
      }
      return last
    }

    async function send(route: FuzzRoute, params: Record<string, string>, query: unknown, body: unknown) {
      const url = route.path.replace(/:(\w+)/g, (_, name) => params[name])
      const started = Date.now()
      const label = `${route.method} ${url}${query ? ` query=${JSON.stringify(query)}` : ""}${body !== undefined ? ` body=${JSON.stringify(body).slice(0, 300)}` : ""}`
      const res = await api.request({
        method: route.method,
        url,
        params: query,
        data: route.method === "POST" ? (body ?? {}) : undefined,
        headers: headersFor(route),
        maxRedirects: 0,
        validateStatus: () => true,
        timeout: 10_000,
      }).catch((e: Error) => ({ status: 0, data: { message: `no answer: ${e.message}` } }))
      const ms = Date.now() - started
      seen[res.status] = (seen[res.status] ?? 0) + 1
      const message = typeof res.data?.message === "string" ? res.data.message : ""
      return { status: res.status as number, ms, message, label }
    }

    function check(answer: Awaited<ReturnType<typeof send>>, fields: string[]) {
      if (answer.status >= 500 || answer.status === 0) findings.push(`${answer.status} for ${answer.label}: ${answer.message}`)
      if (answer.ms > SLOW_MS) findings.push(`${answer.ms} ms for ${answer.label}`)
      if (answer.status === 400 && !fields.some((f) => answer.message.includes(f))) {
        findings.push(`400 naming none of [${fields.slice(0, 8).join(", ")}] for ${answer.label}: ${answer.message}`)
      }
    }

    const sample = <T>(arb: fc.Arbitrary<T>, salt: number) => fc.sample(arb, { numRuns: RUNS, seed: SEED + salt })
    const realParams = (route: FuzzRoute) => Object.fromEntries(route.params.map((p) => [p, realParam(route, p)]))

    async function refused(route: FuzzRoute, salt: number) {
      const cases: { params: Record<string, string>; query?: unknown; body?: unknown; broken?: Invalid }[] = []
      const validQuery = () => (route.query ? sample(arbitraryFor(route.query), salt + 7)[0] : undefined)
      if (route.body) {
        for (const broken of sample(invalidArbitraryFor(route.body), salt)) {
          cases.push({ params: realParams(route), query: validQuery(), body: broken.value, broken })
        }
      }
      if (route.query) {
        // Not `locale` as an array or object under /store: Medusa's own locale middleware throws on
        // it before the plugin's run and the request never gets an answer (a Medusa issue).
        const medusaLocale = (b: Invalid) => route.path.startsWith("/store/") && b.field === "locale" && typeof (b.value as any)?.locale === "object"
        for (const broken of sample(invalidArbitraryFor(route.query).filter((b) => b.kind !== "not_object" && !medusaLocale(b)), salt + 1)) {
          cases.push({ params: realParams(route), query: broken.value, broken })
        }
      }
      if (route.params.length && !route.body && !route.query) {
        for (const junk of sample(fc.array(junkParam(route), { minLength: route.params.length, maxLength: route.params.length }), salt + 2)) {
          cases.push({ params: Object.fromEntries(route.params.map((p, i) => [p, junk[i]])) })
        }
      }
      let before = await settle()
      for (const c of cases) {
        const answer = await send(route, c.params, c.query, c.body)
        // The broken field, or another one of the request when the generated rest is refused first.
        check(answer, [...(c.broken ? [c.broken.field] : []), ...route.params, "path", "body", ...flatKeys(c.body), ...flatKeys(c.query)])
        if (c.broken?.kind === "unknown_field" && answer.status !== 400) {
          findings.push(`${answer.status} (not 400) for an unknown field: ${answer.label}`)
        }
        if (answer.status >= 400 && answer.status < 500) {
          const after = await fingerprint()
          const tables = changed(before, after)
          if (tables.length) findings.push(`refused (${answer.status}: ${answer.message}) yet ${tables.join(", ")} changed: ${answer.label}`)
          before = after
        } else {
          before = await settle()
        }
      }
    }

    async function generated(route: FuzzRoute, salt: number) {
      const bodies = route.body ? sample(arbitraryFor(route.body), salt) : []
      const queries = route.query ? sample(arbitraryFor(route.query), salt + 1) : []
      const junk = sample(junkParam(route), salt + 2)
      for (let i = 0; i < RUNS; i++) {
        // Most requests on real ids (to reach the handler), some on ids that do not exist.
        const params = realParams(route)
        if (route.params.length && i % 4 === 3) params[route.params[0]] = junk[i]
        const answer = await send(route, params, queries[i], bodies[i])
        check(answer, [...route.params, "path", "body", ...flatKeys(bodies[i]), ...flatKeys(queries[i])])
      }
    }

    it("knows every route, and every POST validates its body", () => {
      expect(routes.length).toBeGreaterThan(40)
      const unvalidated = routes.filter((r) => r.method === "POST" && !r.body).map((r) => `${r.method} ${r.path}`)
      expect(unvalidated).toEqual([])
    })

    // Refused requests first: the rows they must not change are then not moving because of
    // earlier accepted requests (buffered clicks, subscribers).
    describe.each(groups)("refused requests, %s routes", (group) => {
      it("get a 4xx naming the field, in time, and write nothing", async () => {
        findings.length = 0
        for (const [i, route] of routes.entries()) {
          if (groupOf(route) === group) await refused(route, i * 10)
        }
        expect(findings).toEqual([])
      })
    })

    describe.each(groups)("generated requests, %s routes", (group) => {
      it("never get a 5xx, a 400 without a field, or a slow answer", async () => {
        findings.length = 0
        for (const [i, route] of routes.entries()) {
          if (groupOf(route) === group) await generated(route, i * 10 + 5)
        }
        expect(findings).toEqual([])
      })
    })
  },
})
