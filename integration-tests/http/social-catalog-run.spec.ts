import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminHeaders } from "../helpers/auth"
import { seedCatalog } from "../helpers/catalog-fixtures"
import { catalogApi } from "../helpers/catalog-api"
import { startMetaServer, type MetaServer } from "../contract-servers/meta"
import MetaCatalogProvider from "../../src/providers/catalog/meta"
import { pushChanges } from "../../src/workflows/social-catalog/lib/push-runner"
import { loadChannel } from "../../src/workflows/social-catalog/lib/channel"
import { buildSnapshot } from "../../src/workflows/social-catalog/lib/snapshot-builder"
import { requestCatalogSyncWorkflow } from "../../src/workflows/social-catalog/workflows/request-catalog-sync"
import { catalogModule } from "../../src/modules/social-catalog"
import socialCatalogResume from "../../src/jobs/social-catalog-resume"

// The contract servers run on loopback: listed in the plugin's catalogAllowedHosts by medusa-config.ts.
process.env.SOCIAL_CATALOG_ALLOWED_HOSTS = "127.0.0.1"


/** How many items_batch calls carried each retailer id, and the ids of each call. */
function itemsBatchCalls(meta: MetaServer) {
  const calls = meta.received.filter((r) => r.method === "POST" && r.path.endsWith("/items_batch")).map((r) => r.body.requests.map((q: any) => String(q.data.id)))
  const perId = new Map<string, number>()
  for (const id of calls.flat()) perId.set(id, (perId.get(id) ?? 0) + 1)
  return { calls, perId }
}

/**
 * A run whose worker dies: its lease expires and another worker takes the run over (the resume
 * job); a batch the platform accepted just before the death, whose handle was never stored, is
 * sent again as the same batch with the same item ids, first, and nothing else twice. Meta's
 * contract server counts what it received and holds.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let shop: Awaited<ReturnType<typeof seedCatalog>>

    beforeAll(async () => {
      admin = await createAdminHeaders(getContainer(), api)
    })

    beforeEach(async () => {
      shop = await seedCatalog(getContainer())
    })

    const catalog = () => catalogApi(api, admin, shop.web.id)
    const valid = () => [shop.variantBySku["SHIRT-S"].id, shop.variantBySku["SHIRT-M"].id, shop.variantBySku["MUG"].id]

    it("a worker dies after Meta accepted a batch and before its handle was stored: the run is taken over after its lease, and no item reaches Meta twice but that batch's, once more, as one batch", async () => {
      const container = getContainer()
      const service = catalogModule(container)
      const meta = await startMetaServer({ catalogId: "cat_1", token: "meta-token", pollsInProgress: 0 })
      try {
        const ch = await catalog().createChannel({
          destination: "meta",
          mode: "push",
          credentials: { catalog_id: "cat_1", access_token: "meta-token", api_base_url: meta.url },
        })
        // The dead worker: it took the run under a lease, built the snapshot, and died
        // once Meta had accepted its first batch (two items), before anything about it was stored.
        const { result } = await requestCatalogSyncWorkflow(container).run({ input: { channel_id: ch.id, kind: "full", emit: false } })
        const runId = result.run.id
        expect(await service.claimRun(runId, "worker-that-dies", 60_000)).toMatchObject({ status: "running", lease_owner: "worker-that-dies" })
        const channel = await loadChannel(container, ch.id)
        await buildSnapshot(container, channel, { runId })
        const died = new Error("SIGKILL")
        await expect(
          pushChanges(container, channel, {
            provider: new MetaCatalogProvider({ baseUrl: meta.url, maxItemsPerCall: 2 }),
            afterSubmit: () => {
              throw died
            },
          })
        ).rejects.toBe(died)
        const before = itemsBatchCalls(meta)
        expect(before.calls).toHaveLength(1)
        const inDoubt = before.calls[0]
        expect(inDoubt).toHaveLength(2)
        // What the database knows: two rows "sending" under one batch key, no handle.
        const doubt = await service.listInDoubtBatches(ch.id)
        expect([...doubt.values()].map((ids) => ids.length)).toEqual([2])
        expect(meta.items.size).toBe(2)

        // Within the lease nobody takes the run over.
        await socialCatalogResume(container)
        expect((await catalog().runsOf(ch.id))[0]).toMatchObject({ id: runId, status: "running", lease_owner: "worker-that-dies" })

        // Its lease runs out (nobody renews it: the worker is dead); then the resume job takes
        // the run over, and the run ends, as another owner.
        await service.updateSocialCatalogRuns({ id: runId, lease_expires_at: new Date(Date.now() - 1000) })
        await socialCatalogResume(container)
        const run = (await catalog().runsOf(ch.id))[0]
        expect(run).toMatchObject({ id: runId, status: "succeeded", lease_owner: null, lease_expires_at: null, error: null })
        expect(run.results.push).toMatchObject({ resent_in_doubt: 2, sent: 3, ok: 3, failed: 0 })

        // Meta holds each item once, with the shop's content; the batch in doubt went once more,
        // first and as one batch with the same ids, and every other item exactly once.
        const after = itemsBatchCalls(meta)
        expect(after.calls[1].sort()).toEqual([...inDoubt].sort())
        expect(after.calls).toHaveLength(3)
        expect([...meta.items.keys()].sort()).toEqual(valid().sort())
        for (const id of valid()) expect(after.perId.get(id)).toBe(inDoubt.includes(id) ? 2 : 1)
        const synced = await catalog().itemsOf(ch.id, "status=synced")
        expect(synced.map((i) => i.variant_id).sort()).toEqual(valid().sort())
        expect(await service.listInDoubtBatches(ch.id)).toEqual(new Map())

        // A second run has nothing in doubt and nothing to send.
        const again = await catalog().syncAndWait(ch.id)
        expect(again.results.push).toMatchObject({ resent_in_doubt: 0, sent: 0 })
        expect(itemsBatchCalls(meta).calls).toHaveLength(3)
      } finally {
        await meta.close()
      }
    })

    it("a platform that answers at once, one item a batch: a worker dies after a call, and the next push sends that item once more, first, and every other item once, each stored synced", async () => {
      const container = getContainer()
      const service = catalogModule(container)
      const ch = await catalog().createChannel({ destination: "google" })
      const channel = await loadChannel(container, ch.id)
      await buildSnapshot(container, channel, { runId: "run_sync_answers" })
      // Answers every item ok in the call itself (as Google's per-item calls do), one item a call:
      // each batch's outcome is stored while the next batch goes out.
      const calls: string[] = []
      const provider = {
        destination: "google" as const,
        maxBatchSize: 1,
        async submit(ops: any[]) {
          calls.push(...ops.map((o) => (o.method === "delete" ? o.id : o.item.id)))
          return { handle: null, results: ops.map((o) => ({ id: o.method === "delete" ? o.id : o.item.id, status: "ok" as const })) }
        },
        async pollResults() {
          return []
        },
        async *listRemoteIds() {},
      }
      const died = new Error("SIGKILL")
      await expect(
        pushChanges(container, channel, {
          provider,
          afterSubmit: () => {
            throw died
          },
        })
      ).rejects.toBe(died)
      expect(calls).toHaveLength(1)
      const [inDoubt] = calls

      const result = await pushChanges(container, channel, { provider })
      expect(result).toMatchObject({ resent_in_doubt: 1, sent: 3, ok: 3, failed: 0 })
      // The item in doubt went again first, and no item went a third time.
      expect(calls[1]).toBe(inDoubt)
      expect([...calls].sort()).toEqual([...valid(), inDoubt].sort())
      const synced = await catalog().itemsOf(ch.id, "status=synced")
      expect(synced.map((i) => i.variant_id).sort()).toEqual(valid().sort())
      expect(await service.listInDoubtBatches(ch.id)).toEqual(new Map())
      expect((await pushChanges(container, channel, { provider })).sent).toBe(0)
    })

    it("a run's lease: one worker holds it at a time, only its owner renews and ends it, and an ended run is taken by nobody", async () => {
      const container = getContainer()
      const service = catalogModule(container)
      const ch = await catalog().createChannel({ destination: "google" })
      const { result } = await requestCatalogSyncWorkflow(container).run({ input: { channel_id: ch.id, kind: "full", emit: false } })
      expect(await service.claimRun(result.run.id, "first", 60_000)).not.toBeNull()
      // Held: a second worker cannot take it, nor renew a lease it does not own.
      expect(await service.claimRun(result.run.id, "second", 60_000)).toBeNull()
      expect(await service.renewRunLease(result.run.id, "second", 60_000)).toBe(false)
      expect(await service.renewRunLease(result.run.id, "first", 60_000)).toBe(true)
      // Only its owner ends it.
      expect(await service.finishRun(result.run.id, "second", { status: "failed", error: "not mine" })).toBe(false)
      expect(await service.finishRun(result.run.id, "first", { status: "succeeded", results: {} })).toBe(true)
      expect((await catalog().runsOf(ch.id))[0]).toMatchObject({ status: "succeeded", error: null, lease_owner: null })
      // An ended run is claimed by nobody, and its channel's lock is free.
      expect(await service.claimRun(result.run.id, "third", 60_000)).toBeNull()
      await container.resolve(Modules.LOCKING).acquire(`social-catalog:${ch.id}`, { ownerId: "probe", expire: 1 })
      await container.resolve(Modules.LOCKING).release(`social-catalog:${ch.id}`, { ownerId: "probe" })
    })
  },
})
