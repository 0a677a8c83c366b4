import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Context, InferTypeOf } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { parsePluginOptions, type PluginOptions } from "../social-settings/options"
import { decryptJson, encryptJson } from "../social-catalog/lib/crypto"
import { SocialPublishAccount } from "./models/account"
import { SocialPublishPost } from "./models/post"

const ACCOUNT_TABLE = "social_publish_account"
const POST_TABLE = "social_publish_post"

export type SocialPost = InferTypeOf<typeof SocialPublishPost>
export type SocialAccount = InferTypeOf<typeof SocialPublishAccount>
type AccountInput = {
  network: SocialAccount["network"]
  name: string
  external_id: string
  board_id?: string | null
  credentials: Record<string, string>
  time_zone?: string
  monthly_post_budget?: number | null
}

/** Statuses in which a post may still be edited: not while a worker publishes it, never once published. */
export const EDITABLE_POST_STATUSES = ["draft", "scheduled", "held", "failed"] as const

/**
 * This service owns the shop's social accounts and their posts. Beyond the generated CRUD it seals
 * and opens account credentials with the catalog's key (`catalogEncryptionKey`): one key for every
 * platform credential the plugin holds, each value bound to its own row.
 */
export default class SocialPublishModuleService extends MedusaService({
  SocialPublishAccount,
  SocialPublishPost,
}) {
  protected readonly options_: PluginOptions
  protected readonly key_: string

  constructor(container: Record<string, unknown>, options: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parsePluginOptions(options)
    const configured = this.options_.catalogEncryptionKey ?? process.env.SOCIAL_CATALOG_ENCRYPTION_KEY
    // The same derivation as the catalog's: the options refuse to boot in production without a key.
    this.key_ = configured ?? `catalog-credentials:${this.options_.secret}`
  }

  /** The sealed form of an account's credentials and the names of those set (never their values). */
  sealCredentials(accountId: string, credentials: Record<string, string>) {
    const clean = Object.fromEntries(Object.entries(credentials).filter(([, v]) => typeof v === "string" && v !== ""))
    return {
      credentials: Object.keys(clean).length ? encryptJson(clean, this.key_, accountId, ACCOUNT_TABLE) : null,
      // { access_token: true, ... }: what the admin sees as `credentials_set`.
      credential_keys: Object.fromEntries(Object.keys(clean).sort().map((k) => [k, true])),
    }
  }

  /** An account's credentials in clear, for its provider; a value that cannot be opened asks for them again. */
  @InjectManager()
  async openCredentials(accountId: string, @MedusaContext() sharedContext: Context = {}): Promise<Record<string, string>> {
    const account = await this.retrieveSocialPublishAccount(accountId, { select: ["id", "credentials"] }, sharedContext)
    return account.credentials ? this.open_(accountId, account.credentials) : {}
  }

  /**
   * Changes a post only while it is editable, in one conditional statement: an edit racing the
   * publisher either lands before the post is picked up or is refused (null), never applied to a
   * post being sent.
   */
  @InjectTransactionManager()
  async updateEditablePost(
    id: string,
    data: Partial<Omit<SocialPost, "id" | "created_at" | "updated_at" | "deleted_at">>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SocialPost | null> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows: SocialPost[] = await manager.execute(
      manager
        .getKnex()(POST_TABLE)
        .where({ id })
        .whereIn("status", [...EDITABLE_POST_STATUSES])
        .whereNull("deleted_at")
        .update({ ...data, updated_at: new Date() })
        .returning("*")
    )
    return rows[0] ?? null
  }

  /** Creates an account with its credentials sealed to it (the id is made first: it is the seal's binding). */
  @InjectTransactionManager()
  async createAccount(
    input: Omit<AccountInput, "credentials"> & { credentials: Record<string, string> },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SocialAccount> {
    const id = generateEntityId("", "spac")
    const { credentials, ...rest } = input
    await this.createSocialPublishAccounts({ id, ...rest, ...this.sealCredentials(id, credentials) }, sharedContext)
    // Read back: the created entity lacks the columns left to their defaults.
    return await this.retrieveSocialPublishAccount(id, {}, sharedContext)
  }

  /**
   * Edits an account. A credential value replaces, null removes; the row is locked while its
   * credentials are opened and sealed again, so two edits never lose one another's values. A
   * change of credentials makes the account "unchecked" until the next connection check.
   */
  @InjectTransactionManager()
  async updateAccount(
    id: string,
    input: Partial<Omit<AccountInput, "credentials" | "network" | "external_id">> & { credentials?: Record<string, string | null> },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SocialAccount> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const [row] = await manager.execute(
      manager.getKnex()(ACCOUNT_TABLE).select("id", "credentials").where({ id }).whereNull("deleted_at").forUpdate()
    )
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Social account with id: ${id} was not found`)
    const { credentials, ...rest } = input
    if (credentials) {
      const next = row.credentials ? this.open_(id, row.credentials) : {}
      for (const [k, v] of Object.entries(credentials)) {
        if (v == null) delete next[k]
        else next[k] = v
      }
      const sealed = this.sealCredentials(id, next)
      // Written as a whole: the ORM's update merges JSON objects, which would keep a removed key.
      await manager.execute(
        manager
          .getKnex()(ACCOUNT_TABLE)
          .where({ id })
          .update({ credentials: sealed.credentials, credential_keys: JSON.stringify(sealed.credential_keys), status: "unchecked", status_message: null, checked_at: null, updated_at: new Date() })
      )
    }
    if (Object.keys(rest).length) {
      await this.updateSocialPublishAccounts({ id, ...rest }, sharedContext)
    }
    return await this.retrieveSocialPublishAccount(id, {}, sharedContext)
  }

  private open_(accountId: string, sealed: string): Record<string, string> {
    try {
      return decryptJson<Record<string, string>>(sealed, this.key_, accountId, ACCOUNT_TABLE)
    } catch {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The credentials of account ${accountId} cannot be read with the configured catalogEncryptionKey; enter them again`
      )
    }
  }

  /**
   * Claims the posts due now for this worker: scheduled ones whose time (and retry time) has come,
   * and posts a crashed worker left in "publishing" once its lease ran out. One statement with
   * SKIP LOCKED, so two workers never take the same post, and the query reads only due rows (a
   * partial index on each), whatever else is stored. `resumed` tells a post an earlier attempt
   * may already have sent. `dueBy` (default `now`) is the moment posts must have fallen due by: a
   * run that claims in small batches keeps its start there, so a post it moved to a retry a few
   * seconds later is left to the next run.
   */
  @InjectTransactionManager()
  async claimDuePosts(
    input: { now: Date; limit: number; leaseMs: number; dueBy?: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Array<SocialPost & { resumed: boolean }>> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows: Array<SocialPost & { was: string }> = await manager.execute(
      manager.getKnex().raw(
        `WITH scheduled AS (
           SELECT id, status AS was FROM ${POST_TABLE}
            WHERE status = 'scheduled' AND deleted_at IS NULL AND scheduled_at <= :now
              AND (next_attempt_at IS NULL OR next_attempt_at <= :now)
            ORDER BY scheduled_at LIMIT :limit FOR UPDATE SKIP LOCKED
         ), stale AS (
           SELECT id, status AS was FROM ${POST_TABLE}
            WHERE status = 'publishing' AND deleted_at IS NULL AND lease_until < :now
            ORDER BY lease_until LIMIT :limit FOR UPDATE SKIP LOCKED
         ), due AS (SELECT * FROM scheduled UNION ALL SELECT * FROM stale)
         UPDATE ${POST_TABLE} p
            SET status = 'publishing', lease_until = :lease, attempts = p.attempts + 1, updated_at = now()
           FROM due WHERE p.id = due.id
         RETURNING p.*, due.was`,
        { now: input.dueBy ?? input.now, limit: input.limit, lease: new Date(input.now.getTime() + input.leaseMs) }
      )
    )
    return rows.map(({ was, ...post }) => ({ ...(post as SocialPost), resumed: was === "publishing" || post.attempts > 1 }))
  }

  /**
   * Records what a publish attempt reached, only while this worker's claim holds (status
   * "publishing"): the container made (before the publish call), the post published, a retry
   * later, or a failure. Returns false when the post was no longer this worker's.
   */
  @InjectTransactionManager()
  async recordPublishing(
    id: string,
    outcome:
      | { kind: "container"; container_id: string }
      | { kind: "published"; platform_post_id: string; permalink: string | null }
      | { kind: "retry"; at: Date; message: string }
      | { kind: "held"; message: string }
      | { kind: "failed"; message: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const now = new Date()
    const changes =
      outcome.kind === "container"
        ? { container_id: outcome.container_id }
        : outcome.kind === "published"
          ? { status: "published", platform_post_id: outcome.platform_post_id, permalink: outcome.permalink, published_at: now, lease_until: null, error_message: null }
          : outcome.kind === "retry"
            ? { status: "scheduled", next_attempt_at: outcome.at, lease_until: null, error_message: outcome.message }
            : { status: outcome.kind, lease_until: null, error_message: outcome.message }
    const updated = await manager.execute(
      manager.getKnex()(POST_TABLE).where({ id, status: "publishing" }).whereNull("deleted_at").update({ ...changes, updated_at: now }).returning("id")
    )
    return updated.length > 0
  }

  /** Posts published on an account since a moment (X's monthly budget). */
  @InjectManager()
  async countPublishedSince(accountId: string, since: Date, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const manager = sharedContext.manager as SqlEntityManager
    const [row] = await manager.execute(
      manager.getKnex()(POST_TABLE).count("* as n").where({ account_id: accountId, status: "published" }).where("published_at", ">=", since).whereNull("deleted_at")
    )
    return Number(row?.n ?? 0)
  }
}
