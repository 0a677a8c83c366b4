import type { MedusaContainer } from "@medusajs/framework/types"
import type { InferTypeOf } from "@medusajs/framework/types"
import type { Channel } from "../../../workflows/social-catalog/lib/channel"
import { encryptJsonV1 } from "../../../lib/crypto"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { SOCIAL_CATALOG_MODULE } from ".."
import { SocialCatalogChannel } from "../models/channel"
import { SocialCatalogItem } from "../models/item"
import { SocialCatalogRun } from "../models/run"
import { SocialCatalogPending } from "../models/pending"
import { SocialCatalogWatermark } from "../models/watermark"
import { SocialCatalogSending } from "../models/sending"
import { SocialCatalogItemContent } from "../models/item-content"
import type SocialCatalogModuleService from "../service"
import { pushChanges } from "../../../workflows/social-catalog/lib/push-runner"
import { ThrottledError, type CatalogOperation, type CatalogProvider, type NormalizedItem } from "../../../providers/catalog/types"
import { CredentialsError } from "../../../providers/catalog/lib/http"

jest.setTimeout(60_000)

class Provider implements CatalogProvider {
  readonly destination = "meta" as const
  readonly maxBatchSize = 100
  submits: CatalogOperation[][] = []
  polls: string[] = []
  throttle: number | null = null
  async submit(ops: CatalogOperation[]) {
    if (this.throttle !== null) throw new ThrottledError("slow down", this.throttle, "hour")
    this.submits.push(ops)
    return { handle: `h${this.submits.length}`, results: [] }
  }
  async pollResults(handle: string) {
    this.polls.push(handle)
    const ids = handle === "crashed" ? ["variant_a"] : this.submits[Number(handle.slice(1)) - 1].map((o) => (o.method === "delete" ? o.id : o.item.id))
    return ids.map((id) => ({ id, status: "ok" as const }))
  }
  async *listRemoteIds() {}
}

const payload = (id: string) => ({ id, item_group_id: "prod_1", title: id }) as unknown as NormalizedItem

moduleIntegrationTestRunner<SocialCatalogModuleService>({
  moduleName: SOCIAL_CATALOG_MODULE,
  moduleModels: [SocialCatalogChannel, SocialCatalogItem, SocialCatalogRun, SocialCatalogPending, SocialCatalogWatermark, SocialCatalogSending, SocialCatalogItemContent],
  resolve: "./src/modules/social-catalog",
  moduleOptions: { catalogEncryptionKey: "a test key that is long enough" },
  testSuite: ({ service }) => {
    // The push reads only the catalog module from its container.
    const container = { resolve: () => service } as unknown as MedusaContainer

    // credential_keys is a json column holding an array: the DML types json columns as objects.
    const sealed = (id: string) => {
      const { credentials, credential_keys } = service.sealCredentials(id, { catalog_id: "42", access_token: "EAAB-secret" })
      return { credentials, credential_keys: credential_keys as unknown as Record<string, unknown> }
    }

    async function channel() {
      const id = `scch_${Math.random().toString(36).slice(2, 12)}`
      return (await service.createSocialCatalogChannels({
        id,
        name: "Meta US",
        destination: "meta",
        mode: "push",
        currency_code: "usd",
        language: "en",
        country: "us",
        feed_format: "meta_csv",
        feed_token: "token-token-token-token",
        ...sealed(id),
      })) as unknown as Channel & InferTypeOf<typeof SocialCatalogChannel>
    }

    async function rows(channelId: string, ids: string[], extra: Record<string, unknown> = {}) {
      await service.writeSnapshotRows(
        ids.map((v) => ({
          id: `scit_${v}`,
          channel_id: channelId,
          variant_id: v,
          product_id: "prod_1",
          payload: payload(v),
          feed_row: null,
          content_hash: `hash-${v}`,
          valid: true,
          status: "not_sent",
          error_code: null,
          errors: [],
          warnings: [],
          dirty: true,
          seen_run_id: "run_1",
          ...extra,
        }))
      )
    }

    it("seals credentials: stored encrypted, opened only by the service", async () => {
      const c = await channel()
      expect(c.credentials).toMatch(/^v2\./)
      expect(c.credentials).not.toContain("EAAB-secret")
      expect(c.credential_keys).toEqual(["access_token", "catalog_id"])
      expect(await service.openCredentials(c.id)).toEqual({ catalog_id: "42", access_token: "EAAB-secret" })
    })

    it("opens credentials sealed before (v1) and writes them again as v2; a value moved to another channel does not open", async () => {
      const c = await channel()
      const old = encryptJsonV1({ catalog_id: "7", access_token: "EAAB-old" }, "a test key that is long enough")
      await service.updateSocialCatalogChannels({ id: c.id, credentials: old })
      expect(await service.openCredentials(c.id)).toEqual({ catalog_id: "7", access_token: "EAAB-old" })
      const rewritten = (await service.retrieveSocialCatalogChannel(c.id)).credentials as string
      expect(rewritten).toMatch(/^v2\./)
      expect(await service.openCredentials(c.id)).toEqual({ catalog_id: "7", access_token: "EAAB-old" })

      const other = await channel()
      await service.updateSocialCatalogChannels({ id: other.id, credentials: rewritten })
      await expect(service.openCredentials(other.id)).rejects.toThrow("cannot be read")
    })

    it("queues a product once per enabled channel however often it changes", async () => {
      const a = await channel()
      const b = await channel()
      const off = await channel()
      await service.updateSocialCatalogChannels({ id: off.id, enabled: false })
      await service.queueProducts(["prod_1", "prod_2", "prod_1"])
      await service.queueProducts(["prod_1"])
      for (const c of [a, b]) expect((await service.takeQueue(c.id, 10)).product_ids.sort()).toEqual(["prod_1", "prod_2"])
      expect((await service.takeQueue(off.id, 10)).product_ids).toEqual([])
    })

    it("clears only what a delta took: a change queued while it ran waits for the next one", async () => {
      const a = await channel()
      const b = await channel()
      await service.queueProducts(["prod_1", "prod_2"])
      const taken = await service.takeQueue(a.id, 10)
      // prod_2 changes again while the delta of channel a runs.
      await service.queueProducts(["prod_2"])
      expect(await service.clearQueue(a.id, taken.product_ids, taken.taken_at)).toBe(1)
      expect((await service.takeQueue(a.id, 10)).product_ids).toEqual(["prod_2"])
      // Channel b's queue is its own.
      expect((await service.takeQueue(b.id, 10)).product_ids.sort()).toEqual(["prod_1", "prod_2"])
    })

    it("sends each change once, and a second run sends nothing", async () => {
      const c = await channel()
      await rows(c.id, ["variant_a", "variant_b"])
      const provider = new Provider()
      const first = await pushChanges(container, c, { provider, sleep: async () => undefined })
      expect(first).toMatchObject({ sent: 2, ok: 2, failed: 0 })
      const second = await pushChanges(container, c, { provider, sleep: async () => undefined })
      expect(second.sent).toBe(0)
      expect(provider.submits).toHaveLength(1)
      expect((await service.countByStatus(c.id)).synced).toBe(2)
    })

    it("refused credentials stop the push without marking an item: rows keep their status and wait for the fix", async () => {
      const c = await channel()
      await rows(c.id, ["variant_a", "variant_b"])
      await service.updateItemsById(["scit_variant_b"], { status: "error", attempts: 2 })
      const refused = new CredentialsError("meta", "Meta refused the token: store a new one", 401)
      // Refused when the run signs in: nothing is touched at all.
      const atStart = Object.assign(new Provider(), { authorize: async () => Promise.reject(refused) })
      await expect(pushChanges(container, c, { provider: atStart, sleep: async () => undefined })).rejects.toBe(refused)
      expect(atStart.submits).toHaveLength(0)
      // Refused mid-run (a token revoked meanwhile): the "sending" marks go, the rows are as they were.
      const midRun = Object.assign(new Provider(), { submit: async () => Promise.reject(refused) })
      await expect(pushChanges(container, c, { provider: midRun, sleep: async () => undefined })).rejects.toBe(refused)
      const after = await service.listSocialCatalogItems({ channel_id: c.id }, { order: { variant_id: "ASC" } })
      expect(after.map((r: any) => [r.variant_id, r.status, r.dirty, r.attempts, r.error_code])).toEqual([
        ["variant_a", "not_sent", true, 0, null],
        ["variant_b", "error", true, 2, null],
      ])
      // Nothing was sent, so nothing is left in doubt for the next run.
      expect(await service.listInDoubtBatches(c.id)).toEqual(new Map())
    })

    it("changes credentials under the row lock; a rotated token does not replace one an admin entered since", async () => {
      const c = await channel()
      expect(await service.changeCredentials(c.id, { refresh_token: "rt-1", access_token: null })).toBe(true)
      expect(await service.openCredentials(c.id)).toEqual({ catalog_id: "42", refresh_token: "rt-1" })
      // The platform rotated rt-1: stored where rt-1 still is.
      expect(await service.changeCredentials(c.id, { refresh_token: "rt-2" }, { refresh_token: "rt-1" })).toBe(true)
      // The admin connected again (rt-admin) while a run still held rt-2: its rotation is dropped.
      await service.changeCredentials(c.id, { refresh_token: "rt-admin" })
      expect(await service.changeCredentials(c.id, { refresh_token: "rt-3" }, { refresh_token: "rt-2" })).toBe(false)
      const [row] = await service.listSocialCatalogChannels({ id: c.id })
      expect(await service.openCredentials(c.id)).toEqual({ catalog_id: "42", refresh_token: "rt-admin" })
      expect(row.credential_keys).toEqual(["catalog_id", "refresh_token"])
      expect(row.credentials).not.toContain("rt-admin")
    })

    it("resumes a crashed run by polling its batch, not by sending again", async () => {
      const c = await channel()
      await rows(c.id, ["variant_a"])
      // As a crash leaves it: accepted by the platform, results not read yet.
      await service.updateItemsById(["scit_variant_a"], { dirty: false, status: "pending", batch_handle: "crashed" })
      await service.markSent(["scit_variant_a"])
      const provider = new Provider()
      const result = await pushChanges(container, c, { provider, sleep: async () => undefined })
      expect(provider.submits).toHaveLength(0)
      expect(provider.polls).toEqual(["crashed"])
      expect(result.ok).toBe(1)
      expect((await service.countByStatus(c.id)).synced).toBe(1)
    })

    it("leaves a long throttle to a later run: every unsent row is deferred to the platform's time and counted", async () => {
      const c = await channel()
      // 250 rows: the provider takes 100 a call, so the throttle leaves this page and two unread ones.
      const ids = Array.from({ length: 250 }, (_, i) => `variant_${String(i).padStart(3, "0")}`)
      await rows(c.id, ids)
      const provider = new Provider()
      provider.throttle = 3600_000
      const t0 = new Date("2026-01-01T00:00:00Z")
      const throttled = await pushChanges(container, c, { provider, now: () => t0, sleep: async () => undefined })
      expect(throttled).toMatchObject({ throttled: true, sent: 0, deferred: 250 })
      const retryAt = new Date(throttled.retry_at!).getTime()
      expect(retryAt).toBeGreaterThanOrEqual(t0.getTime() + 3600_000)
      const stored = await service.listSocialCatalogItems({ channel_id: c.id }, { take: 1000 })
      expect(stored).toHaveLength(250)
      for (const stored_ of stored) {
        const row = { ...stored_, warnings: stored_.warnings as unknown as { code: string; message: string }[] }
        expect(row).toMatchObject({ status: "deferred", dirty: true })
        // Every row waits for the same time, the one the platform asked for (not a later one).
        expect(row.next_attempt_at?.getTime()).toBe(retryAt)
        expect(row.warnings).toEqual([expect.objectContaining({ code: "throttled", source: "platform" })])
        expect(row.warnings[0].message).toContain("slow down")
      }
      expect((await service.countByStatus(c.id)).deferred).toBe(250)

      provider.throttle = null
      const early = await pushChanges(container, c, { provider, now: () => new Date(t0.getTime() + 60_000) })
      expect(early).toMatchObject({ sent: 0, deferred: 0 })
      expect(provider.submits).toHaveLength(0)
      const later = await pushChanges(container, c, { provider, now: () => new Date(retryAt + 1000), sleep: async () => undefined })
      expect(later).toMatchObject({ sent: 250, ok: 250, deferred: 0 })
      expect((await service.countByStatus(c.id)).synced).toBe(250)
    })

    it("keeps each item's payload and feed row beside it: rewritten with its content, read by the feed and the push, removed with the row", async () => {
      const c = await channel()
      await rows(c.id, ["variant_a", "variant_b"], { feed_row: "row-1\n" })
      // The same variants again under new ids (a build that did not look them up): the stored rows keep their ids and get the new content.
      await service.writeSnapshotRows(
        ["variant_a", "variant_b"].map((v) => ({
          id: `scit_new_${v}`, channel_id: c.id, variant_id: v, product_id: "prod_1", payload: { ...payload(v), title: `${v} v2` },
          feed_row: `${v} v2\n`, content_hash: `hash2-${v}`, valid: true, status: "not_sent" as const, error_code: null, errors: [], warnings: [], dirty: true, seen_run_id: "run_2",
        }))
      )
      const feed = await service.pageItems(c.id, null, 10, { feed: true })
      expect(feed.map((r) => [r.id, r.feed_row, r.payload ?? null])).toEqual([
        ["scit_variant_a", "variant_a v2\n", null],
        ["scit_variant_b", "variant_b v2\n", null],
      ])
      // A change of feed format drops the rendered rows: the feed then reads the payload.
      await service.clearFeedRows(c.id)
      expect((await service.pageItems(c.id, null, 1, { feed: true }))[0]).toMatchObject({ feed_row: null, payload: { title: "variant_a v2" } })
      expect((await service.listPushRows(["scit_variant_b"]))[0].payload).toMatchObject({ title: "variant_b v2" })
      expect((await service.listItemsPage(c.id, { limit: 10 })).items.map((i: any) => i.title)).toEqual(["variant_a v2", "variant_b v2"])
      // A state change leaves the content as it is.
      await service.markItemsSynced(["scit_variant_a"], { warnings: [], markSent: true, at: new Date() })
      expect((await service.listPushRows(["scit_variant_a"]))[0].payload).toMatchObject({ title: "variant_a v2" })

      const contentIds = async () => (await service.listSocialCatalogItemContents({ id: ["scit_variant_a", "scit_variant_b", "scit_new_variant_a", "scit_new_variant_b"] })).map((r) => r.id).sort()
      expect(await contentIds()).toEqual(["scit_variant_a", "scit_variant_b"])
      // Never sent and not seen any more: dropped with its content. Sent: kept for the remote delete.
      await service.retireUnseen(c.id, { afterProductId: null, upToProductId: null, productIds: null, seenVariantIds: [] })
      expect(await contentIds()).toEqual(["scit_variant_a"])
      await service.purgeItems({ channel_id: c.id })
      expect(await contentIds()).toEqual([])
    })

    it("retires rows the build did not see: dropped if never sent, deleted remotely if sent", async () => {
      const c = await channel()
      await rows(c.id, ["variant_a", "variant_b", "variant_c"])
      await service.markSent(["scit_variant_a"])
      // A stretch of the walk that ends before prod_1 holds none of them.
      expect(await service.retireUnseen(c.id, { afterProductId: null, upToProductId: "prod_0", productIds: null, seenVariantIds: [] })).toEqual({ dropped: 0, retired: 0 })
      // The stretch of prod_1, where the build rendered variant_c only.
      const result = await service.retireUnseen(c.id, { afterProductId: "prod_0", upToProductId: "prod_1", productIds: null, seenVariantIds: ["variant_c"] })
      expect(result).toEqual({ dropped: 1, retired: 1 })
      const left = await service.listSocialCatalogItems({ channel_id: c.id }, { order: { variant_id: "ASC" } })
      expect(left).toHaveLength(2)
      expect(left[0]).toMatchObject({ variant_id: "variant_a", to_delete: true, dirty: true })
      expect(left[1]).toMatchObject({ variant_id: "variant_c", to_delete: false })
    })
  },
})
