/**
 * The SQL of a sync's state: runs (request, claim under a lease, renew, finish) and the state
 * changes of snapshot rows during a push (sending, accepted, synced, failed, deferred, resent).
 * Every write here is one statement for a whole batch of rows, with bound parameters; the module
 * service exposes them as typed methods. Nothing else in the plugin writes these columns.
 *
 * A batch on its way is recorded in its own narrow table (social_catalog_sending, see its model),
 * not on the item rows; each statement that stores an outcome also removes those rows' marks (a
 * data-modifying WITH: the outcome and the end of the doubt are one atomic statement).
 */
import { generateEntityId } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { CatalogRun, FailedItem, ItemIssue, RunKind } from "../types"
import type { NormalizedItem } from "../../../providers/catalog/types"

const ITEM = "social_catalog_item"
const RUN = "social_catalog_run"
const SENDING = "social_catalog_sending"
const CONTENT = "social_catalog_item_content"

/**
 * Adds the columns of each item row's content (payload, feed row: social_catalog_item_content)
 * to a select of item rows: one probe of the content's primary key per row read. `OFFSET 0`
 * keeps PostgreSQL from planning it as a join on the tables' statistics, which a first sync
 * outgrows while it runs (a join planned for a small table hashed the whole table per page).
 */
export function joinContent(q: Knex.QueryBuilder, columns: string) {
  return q.joinRaw(`LEFT JOIN LATERAL (SELECT ${columns} FROM ${CONTENT} c WHERE c.id = ${ITEM}.id OFFSET 0) content ON true`)
}

/** Ends these rows' "sending" marks: the data-modifying `WITH` of the statement storing their outcome. */
const CLEAR_MARKS = `DELETE FROM ${SENDING} WHERE id = ANY(?::text[])`

/** An update of these item rows (knex builder) that also ends their "sending" marks, in one statement. */
function itemsWithMarksCleared(knex: Knex, ids: string[]) {
  return knex(ITEM).with("cleared_marks", knex.raw(CLEAR_MARKS, [ids])).whereRaw("id = ANY(?::text[])", [ids])
}

/** The platform's warnings replace those with a `source`; the validator's own (no `source`) stay. */
function withPlatformWarnings(knex: Knex, warnings: ItemIssue[]) {
  return knex.raw(
    `COALESCE((SELECT jsonb_agg(w) FROM jsonb_array_elements(CASE WHEN jsonb_typeof(warnings) = 'array' THEN warnings ELSE '[]'::jsonb END) w
       WHERE w->'source' IS NULL), '[]'::jsonb) || ?::jsonb`,
    [JSON.stringify(warnings)]
  )
}

function toRun(row: Record<string, unknown>): CatalogRun {
  return {
    id: String(row.id),
    channel_id: String(row.channel_id),
    kind: row.kind as RunKind,
    status: row.status as CatalogRun["status"],
    force: !!row.force,
    reconcile: !!row.reconcile,
    lease_owner: (row.lease_owner as string | null) ?? null,
    lease_expires_at: row.lease_expires_at ? new Date(row.lease_expires_at as string) : null,
    started_at: row.started_at ? new Date(row.started_at as string) : null,
  }
}

export const runSql = {
  /**
   * Records a run of a channel, unless one already covers it: a full run queued or running
   * answers a full request, and a queued run (full or delta) answers a delta request (it takes
   * the products queued when it starts). A delta asked for while a run holds the channel is
   * recorded as queued: the holder runs it right after its own. The caller holds the channel's
   * request lock, so two servers asked at once make one run.
   */
  async request(knex: Knex, channelId: string, input: { kind: RunKind; force: boolean; reconcile: boolean }) {
    const covering = knex(RUN).select("*").where("channel_id", channelId).whereNull("deleted_at")
    if (input.kind === "full") covering.where("kind", "full").whereIn("status", ["queued", "running"])
    else covering.where("status", "queued")
    const [existing] = await covering.orderBy("created_at", "asc").limit(1)
    if (existing) {
      // A forced request or a reconcile asked for joins the run that will do the work.
      if ((input.force && !existing.force) || (input.reconcile && !existing.reconcile && existing.status === "queued")) {
        await knex(RUN)
          .where("id", existing.id)
          .update({ force: existing.force || input.force, reconcile: existing.reconcile || (existing.status === "queued" && input.reconcile), updated_at: knex.fn.now() })
      }
      return { run: toRun(existing), created: false }
    }
    const [row] = await knex(RUN)
      .insert({
        id: generateEntityId(undefined, "scrun"),
        channel_id: channelId,
        kind: input.kind,
        force: input.force,
        reconcile: input.reconcile,
        status: "queued",
        total: 0,
        done: 0,
        created_at: knex.fn.now(),
        updated_at: knex.fn.now(),
      })
      .returning("*")
    return { run: toRun(row), created: true }
  },

  /**
   * Takes a run for `owner` for `leaseMs`: a queued run, or a running one whose lease expired
   * (its worker died). One statement, so two workers cannot both take it. Null: someone else
   * holds it, or it is finished.
   */
  async claim(knex: Knex, runId: string, owner: string, leaseMs: number): Promise<CatalogRun | null> {
    const [row] = await knex(RUN)
      .where("id", runId)
      .whereNull("deleted_at")
      .andWhere((w) =>
        w
          .where("status", "queued")
          .orWhere((r) => r.where("status", "running").andWhere((l) => l.whereNull("lease_expires_at").orWhere("lease_expires_at", "<", knex.fn.now())))
          .orWhere((r) => r.where("status", "running").andWhere("lease_owner", owner))
      )
      .update({
        status: "running",
        lease_owner: owner,
        lease_expires_at: knex.raw("now() + (? * interval '1 millisecond')", [leaseMs]),
        started_at: knex.raw("COALESCE(started_at, now())"),
        error: null,
        updated_at: knex.fn.now(),
      })
      .returning("*")
    return row ? toRun(row) : null
  },

  /** Extends `owner`'s lease; false when the run is no longer its own (taken over, or finished). */
  async renew(knex: Knex, runId: string, owner: string, leaseMs: number): Promise<boolean> {
    const count = await knex(RUN)
      .where({ id: runId, lease_owner: owner, status: "running" })
      .update({ lease_expires_at: knex.raw("now() + (? * interval '1 millisecond')", [leaseMs]), updated_at: knex.fn.now() })
    return Number(count) > 0
  },

  /** Ends `owner`'s run: succeeded with its results, or failed with its error. */
  async finish(knex: Knex, runId: string, owner: string | null, outcome: { status: "succeeded" | "failed"; results?: unknown; error?: string | null }) {
    const q = knex(RUN).where("id", runId).whereIn("status", ["queued", "running"])
    if (owner) q.where("lease_owner", owner)
    const count = await q.update({
      status: outcome.status,
      stage: outcome.status === "succeeded" ? "done" : knex.raw("stage"),
      ...(outcome.results !== undefined ? { results: JSON.stringify(outcome.results) } : {}),
      error: outcome.error ?? null,
      lease_owner: null,
      lease_expires_at: null,
      finished_at: knex.fn.now(),
      updated_at: knex.fn.now(),
    })
    return Number(count) > 0
  },

  /** Gives a claimed run back as queued (the channel was busy): it runs after the holder's run. */
  async release(knex: Knex, runId: string, owner: string) {
    await knex(RUN)
      .where({ id: runId, lease_owner: owner, status: "running" })
      .update({ status: "queued", lease_owner: null, lease_expires_at: null, updated_at: knex.fn.now() })
  },

  /**
   * Runs that need a worker: running with an expired lease (their worker died), or queued for
   * longer than `queuedForMs` (their request event was lost, or their channel's holder died
   * before running them). Oldest first.
   */
  async orphaned(knex: Knex, queuedForMs: number, limit: number): Promise<CatalogRun[]> {
    const rows = await knex(RUN)
      .select("*")
      .whereNull("deleted_at")
      .andWhere((w) =>
        w
          .where((r) => r.where("status", "running").andWhere((l) => l.whereNull("lease_expires_at").orWhere("lease_expires_at", "<", knex.fn.now())))
          .orWhere((r) => r.where("status", "queued").andWhere("updated_at", "<", knex.raw("now() - (? * interval '1 millisecond')", [queuedForMs])))
      )
      .orderBy("created_at", "asc")
      .limit(limit)
    return rows.map(toRun)
  },

  /** The channel's oldest queued run, if any: what runs after the current one. */
  async nextQueued(knex: Knex, channelId: string): Promise<CatalogRun | null> {
    const [row] = await knex(RUN).select("*").where({ channel_id: channelId, status: "queued" }).whereNull("deleted_at").orderBy("created_at", "asc").limit(1)
    return row ? toRun(row) : null
  },
}

/** The columns of a row the push needs (see PushRow in the sync's push plan). */
export const PUSH_COLUMNS = ["id", "variant_id", "product_id", "payload", "content_hash", "to_delete", "attempts", "last_sent_hash", "status", "quota_day", "quota_used"]

export type PushRowRecord = {
  id: string
  variant_id: string
  product_id: string
  payload: NormalizedItem
  content_hash: string | null
  to_delete: boolean
  attempts: number | null
  last_sent_hash: string | null
  status: string | null
  quota_day: string | null
  quota_used: number | null
}

export const itemSql = {
  /** These rows with the columns the push needs, by id. */
  async forPush(knex: Knex, ids: string[]): Promise<PushRowRecord[]> {
    if (!ids.length) return []
    return joinContent(knex(ITEM), "c.payload").select(PUSH_COLUMNS).whereRaw("id = ANY(?::text[])", [ids]).whereNull("deleted_at").orderBy("id", "asc")
  },

  /** Rows waiting for the results of an accepted batch, by batch handle (not those being sent again). */
  async pendingBatches(knex: Knex, channelId: string): Promise<Map<string, PushRowRecord[]>> {
    const rows: (PushRowRecord & { batch_handle: string | null })[] = await joinContent(knex(ITEM), "c.payload")
      .select([...PUSH_COLUMNS, "batch_handle"])
      .where({ channel_id: channelId, status: "pending" })
      .whereNotNull("batch_handle")
      .whereNull("deleted_at")
      .whereNotExists(knex(SENDING).select(knex.raw("1")).whereRaw(`${SENDING}.id = ${ITEM}.id`))
      .orderBy("id", "asc")
    const out = new Map<string, PushRowRecord[]>()
    for (const { batch_handle, ...row } of rows) out.set(batch_handle!, [...(out.get(batch_handle!) ?? []), row])
    return out
  },

  /**
   * Rows about to be sent as one batch: marked "sending" under the batch's key, written before
   * the call, so that a worker that dies during it leaves the batch's exact members behind. The
   * item rows themselves are not written (see SENDING).
   */
  async sending(knex: Knex, ids: string[], sendKey: string) {
    if (!ids.length) return
    await knex.raw(
      `INSERT INTO ${SENDING} (id, channel_id, send_key, created_at, updated_at)
       SELECT id, channel_id, ?, now(), now() FROM ${ITEM} WHERE id = ANY(?::text[])
       ON CONFLICT (id) DO UPDATE SET send_key = excluded.send_key, updated_at = excluded.updated_at`,
      [sendKey, ids]
    )
  },

  /**
   * Batches a run left "sending" (its worker died during the call): their keys and rows, the
   * batch composition as it was sent. Marks of rows removed since (a product deleted before
   * anything was sent) are dropped.
   */
  async inDoubt(knex: Knex, channelId: string): Promise<Map<string, string[]>> {
    await knex(SENDING)
      .where("channel_id", channelId)
      .whereNotExists(knex(ITEM).select(knex.raw("1")).whereRaw(`${ITEM}.id = ${SENDING}.id`).whereNull(`${ITEM}.deleted_at`))
      .del()
    const rows: { id: string; send_key: string | null }[] = await knex(SENDING)
      .select("id", "send_key")
      .where({ channel_id: channelId })
      .orderBy("id", "asc")
    const out = new Map<string, string[]>()
    for (const r of rows) {
      const key = r.send_key ?? "unkeyed"
      out.set(key, [...(out.get(key) ?? []), r.id])
    }
    return out
  },

  /**
   * An asynchronous platform accepted the batch: the rows wait for its results under the handle,
   * and the content they carry is the platform's now (one statement: no state in between).
   */
  async accepted(knex: Knex, ids: string[], handle: string, at: Date) {
    if (!ids.length) return
    await itemsWithMarksCleared(knex, ids).update({
      dirty: false,
      status: "pending",
      batch_handle: handle,
      sent_at: at,
      next_attempt_at: null,
      last_sent_hash: knex.ref("content_hash"),
      updated_at: knex.fn.now(),
    })
  },

  /**
   * Accepted by the platform. `markSent`: this content is the platform's now (a synchronous
   * answer); a batch's results leave `dirty` and the hash as the acceptance set them.
   */
  async synced(knex: Knex, ids: string[], o: { warnings: ItemIssue[]; markSent: boolean; at: Date }) {
    if (!ids.length) return
    await itemsWithMarksCleared(knex, ids).update({
      status: "synced",
      attempts: 0,
      error_code: null,
      errors: JSON.stringify([]),
      remote_status: "ok",
      batch_handle: null,
      warnings: withPlatformWarnings(knex, o.warnings),
      ...(o.markSent ? { dirty: false, next_attempt_at: null, sent_at: o.at, last_sent_hash: knex.ref("content_hash") } : {}),
      updated_at: knex.fn.now(),
    })
  },

  /**
   * Refused by the platform, each row with its own messages, in one statement (the rows as one
   * jsonb parameter). A row retried with backoff until it keeps failing (`failing`).
   */
  async failed(knex: Knex, rows: FailedItem[], at: Date) {
    if (!rows.length) return
    await knex.raw(
      `WITH cleared_marks AS (${CLEAR_MARKS})
       UPDATE ${ITEM} AS t SET
         status = CASE WHEN r.failing THEN 'failing' ELSE 'error' END,
         attempts = r.attempts, error_code = r.error_code, errors = r.errors,
         remote_status = 'rejected', dirty = NOT r.failing, last_sent_hash = NULL,
         next_attempt_at = r.next_attempt_at, batch_handle = NULL, sent_at = ?,
         warnings = COALESCE((SELECT jsonb_agg(w) FROM jsonb_array_elements(CASE WHEN jsonb_typeof(t.warnings) = 'array' THEN t.warnings ELSE '[]'::jsonb END) w
           WHERE w->'source' IS NULL), '[]'::jsonb) || r.warnings,
         updated_at = now()
       FROM jsonb_to_recordset(?::jsonb) AS r(id text, attempts int, failing boolean, error_code text, errors jsonb, warnings jsonb, next_attempt_at timestamptz)
       WHERE t.id = r.id`,
      [rows.map((r) => r.id), at, JSON.stringify(rows.map((r) => ({ ...r, next_attempt_at: r.next_attempt_at?.toISOString() ?? null })))]
    )
  },

  /**
   * Not sent: the rows stay dirty and wait until `until`, with the platform's reason as a
   * warning. `restoreHash`: they had been marked sent with their batch; the hash the platform
   * holds is put back.
   */
  async deferred(knex: Knex, ids: string[], o: { until: Date; warnings: ItemIssue[]; restoreHash?: { last_sent_hash: string | null } }) {
    if (!ids.length) return
    await itemsWithMarksCleared(knex, ids).update({
      status: "deferred",
      dirty: true,
      next_attempt_at: o.until,
      batch_handle: null,
      warnings: withPlatformWarnings(knex, o.warnings),
      ...(o.restoreHash ? { last_sent_hash: o.restoreHash.last_sent_hash } : {}),
      updated_at: knex.fn.now(),
    })
  },

  /**
   * The platform gave up on a batch it had accepted: every item goes again, each after its own
   * backoff (the rows as one jsonb parameter). `last_sent_hash` stays: part of it may be applied.
   */
  async resend(knex: Knex, rows: { id: string; next_attempt_at: Date }[], warnings: ItemIssue[]) {
    if (!rows.length) return
    await knex.raw(
      `WITH cleared_marks AS (${CLEAR_MARKS})
       UPDATE ${ITEM} AS t SET status = 'deferred', dirty = true, batch_handle = NULL,
         next_attempt_at = r.next_attempt_at,
         warnings = COALESCE((SELECT jsonb_agg(w) FROM jsonb_array_elements(CASE WHEN jsonb_typeof(t.warnings) = 'array' THEN t.warnings ELSE '[]'::jsonb END) w
           WHERE w->'source' IS NULL), '[]'::jsonb) || ?::jsonb,
         updated_at = now()
       FROM jsonb_to_recordset(?::jsonb) AS r(id text, next_attempt_at timestamptz)
       WHERE t.id = r.id`,
      [rows.map((r) => r.id), JSON.stringify(warnings), JSON.stringify(rows.map((r) => ({ id: r.id, next_attempt_at: r.next_attempt_at.toISOString() })))]
    )
  },

  /** Rows marked "sending" that were not sent: the mark goes; the rows were never changed. */
  async putBack(knex: Knex, ids: string[]) {
    if (!ids.length) return
    await knex(SENDING).whereRaw("id = ANY(?::text[])", [ids]).del()
  },

  /** A submit that failed outright: the rows wait for a backoff with the platform's message. */
  async submitFailed(knex: Knex, ids: string[], o: { until: Date; message: string }) {
    if (!ids.length) return
    await itemsWithMarksCleared(knex, ids).update({
      status: "error",
      next_attempt_at: o.until,
      error_code: "submit_failed",
      errors: JSON.stringify([{ code: "submit_failed", field: "", message: o.message }]),
      updated_at: knex.fn.now(),
    })
  },
}
