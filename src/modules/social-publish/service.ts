import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Context, InferTypeOf } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { parsePluginOptions, type PluginOptions } from "../social-settings/options"
import { changeSealedCredentials, credentialKey, openCredentials, sealCredentials } from "../../lib/sealed-credentials"
import { SocialPublishAccount } from "./models/account"
import { SocialPublishPost } from "./models/post"
import { SocialInboxItem } from "./models/inbox-item"
import { SocialInboxCursor } from "./models/inbox-cursor"
import { SocialPublishAutoRule } from "./models/auto-rule"
import { SocialPublishAutoWatch } from "./models/auto-watch"

const ACCOUNT_TABLE = "social_publish_account"
const POST_TABLE = "social_publish_post"
const INBOX_TABLE = "social_inbox_item"
const CURSOR_TABLE = "social_inbox_cursor"
const WATCH_TABLE = "social_publish_auto_watch"

export type SocialPost = InferTypeOf<typeof SocialPublishPost>
export type SocialAccount = InferTypeOf<typeof SocialPublishAccount>
export type SocialInboxItemRow = InferTypeOf<typeof SocialInboxItem>
/** A comment as a network gives it, tied to its account (and post) by the caller. */
export type InboxItemInput = Pick<
  SocialInboxItemRow,
  "account_id" | "network" | "post_id" | "product_id" | "platform_comment_id" | "platform_post_id" | "platform_parent_id" | "kind" | "author_name" | "author_handle" | "text" | "commented_at"
>
type AccountInput = {
  network: SocialAccount["network"]
  name: string
  external_id: string
  board_id?: string | null
  credentials: Record<string, string>
  time_zone?: string
  monthly_post_budget?: number | null
  bio_handle?: string | null
}

/**
 * Sealed with the tokens but not a credential an admin enters: when the access token a refresh
 * gave runs out (ISO 8601), so it is renewed before it does.
 */
export const EXPIRES_AT = "access_token_expires_at"

/**
 * The `container_id` of a post whose final publishing call (TikTok's init) got no answer: the
 * platform may have posted it, and cannot be asked. The post is held until an admin has looked;
 * an edit clears the mark.
 */
export const UNANSWERED_CONTAINER = "unanswered"

/** `credentials_set` as stored: { access_token: true, ... }, without the bookkeeping values. */
const credentialNames = (names: string[]) => Object.fromEntries(names.filter((k) => k !== EXPIRES_AT).map((k) => [k, true]))

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
  SocialInboxItem,
  SocialInboxCursor,
  SocialPublishAutoRule,
  SocialPublishAutoWatch,
}) {
  protected readonly options_: PluginOptions
  protected readonly key_: string

  constructor(container: Record<string, unknown>, options: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parsePluginOptions(options)
    // The same key as the catalog's (one key for every platform credential the plugin holds).
    this.key_ = credentialKey(this.options_)
  }

  /** The sealed form of an account's credentials and the names of those set (never their values). */
  sealCredentials(accountId: string, credentials: Record<string, string>) {
    const { sealed, names } = sealCredentials(this.key_, ACCOUNT_TABLE, accountId, credentials)
    return { credentials: sealed, credential_keys: credentialNames(names) }
  }

  /** An account's credentials in clear, for its provider; a value that cannot be opened asks for them again. */
  @InjectManager()
  async openCredentials(accountId: string, @MedusaContext() sharedContext: Context = {}): Promise<Record<string, string>> {
    const account = await this.retrieveSocialPublishAccount(accountId, { select: ["id", "credentials"] }, sharedContext)
    return account.credentials ? openCredentials(this.key_, ACCOUNT_TABLE, accountId, account.credentials, "social account") : {}
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
    if (rest.bio_handle) await this.assertBioHandleFree_(rest.bio_handle, id, sharedContext)
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
    const { credentials, ...rest } = input
    if (rest.bio_handle) await this.assertBioHandleFree_(rest.bio_handle, id, sharedContext)
    if (credentials) {
      await changeSealedCredentials(this.knex_(sharedContext), {
        table: ACCOUNT_TABLE,
        id,
        key: this.key_,
        what: "social account",
        // A new access token's lifetime is not known: the one recorded for the old token goes.
        changes: "access_token" in credentials ? { ...credentials, [EXPIRES_AT]: null } : credentials,
        names: credentialNames,
        extra: { status: "unchecked", status_message: null, checked_at: null },
      })
    } else {
      // Not found is answered the same way with or without credentials in the edit.
      await this.retrieveSocialPublishAccount(id, { select: ["id"] }, sharedContext)
    }
    if (Object.keys(rest).length) {
      await this.updateSocialPublishAccounts({ id, ...rest }, sharedContext)
    }
    return await this.retrieveSocialPublishAccount(id, {}, sharedContext)
  }

  /** A link-in-bio handle names one page: another account's is refused (400 naming the field). */
  private async assertBioHandleFree_(handle: string, accountId: string, sharedContext: Context) {
    const [other] = await this.listSocialPublishAccounts({ bio_handle: handle, id: { $ne: accountId } }, { select: ["id"], take: 1 }, sharedContext)
    if (other) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: bio_handle: "${handle}" is already the page of another account`)
    }
  }

  /**
   * Stores tokens a platform issued (a refresh): the new values replace, under the row lock, only
   * if the refresh token used is still the stored one (another worker or an admin may have changed
   * it meanwhile: their value stays). Returns whether it wrote.
   */
  @InjectTransactionManager()
  async storeRenewedTokens(
    id: string,
    changes: Record<string, string | null>,
    onlyIf: Record<string, string>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const names = await changeSealedCredentials(this.knex_(sharedContext), { table: ACCOUNT_TABLE, id, key: this.key_, what: "social account", changes, onlyIf, names: credentialNames })
    return names !== null
  }

  /** What the last connection check (or a refused token at publish time) found. */
  @InjectTransactionManager()
  async recordAccountStatus(
    id: string,
    status: "connected" | "refused",
    message: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(
      manager.getKnex()(ACCOUNT_TABLE).where({ id }).whereNull("deleted_at").update({ status, status_message: message, checked_at: new Date(), updated_at: new Date() })
    )
  }

  /** The transaction's knex (row locks and writes must be in it), else the pool's. */
  protected knex_(sharedContext: Context): any {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as SqlEntityManager
    return manager.getTransactionContext() ?? manager.getKnex()
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
      | { kind: "container"; container_id: string | null }
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

  /**
   * Stores comments as they arrive, by poll or webhook, in one statement: a comment already stored
   * (same account and platform id, even one removed since) is not stored twice; one whose text
   * changed (an edit) takes the new text. Returns the items inserted or changed, so a delivery
   * that changes nothing alerts no one.
   */
  @InjectTransactionManager()
  async ingestInboxItems(
    items: InboxItemInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Array<{ id: string; inserted: boolean }>> {
    if (!items.length) return []
    const manager = sharedContext.transactionManager as SqlEntityManager
    const columns = ["id", "account_id", "network", "post_id", "product_id", "platform_comment_id", "platform_post_id", "platform_parent_id", "kind", "author_name", "author_handle", "text", "commented_at"] as const
    // One row per comment: a statement may not insert and update the same row twice (the last wins).
    const unique = [...new Map(items.map((item) => [`${item.account_id}\u0000${item.platform_comment_id}`, item])).values()]
    const rows = unique.map((item) => ({ ...item, id: generateEntityId("", "sinb") }))
    const values = rows.map(() => `(${columns.map(() => "?").join(", ")})`).join(", ")
    const result = await manager.execute(
      manager.getKnex().raw(
        `INSERT INTO ${INBOX_TABLE} (${columns.join(", ")}) VALUES ${values}
         ON CONFLICT (account_id, platform_comment_id) WHERE deleted_at IS NULL DO UPDATE SET text = EXCLUDED.text, updated_at = now()
           WHERE ${INBOX_TABLE}.removed_at IS NULL AND ${INBOX_TABLE}.text IS DISTINCT FROM EXCLUDED.text
         RETURNING id, (xmax = 0) AS inserted`,
        rows.flatMap((row) => columns.map((c) => row[c] ?? null))
      )
    )
    return result as Array<{ id: string; inserted: boolean }>
  }

  /** Comments their author deleted (Page feed `remove`): out of the inbox, still known, so a late delivery does not bring them back. */
  @InjectTransactionManager()
  async removeInboxItems(accountId: string, platformCommentIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<number> {
    if (!platformCommentIds.length) return 0
    const manager = sharedContext.transactionManager as SqlEntityManager
    const now = new Date()
    const rows = await manager.execute(
      manager.getKnex()(INBOX_TABLE).where({ account_id: accountId }).whereIn("platform_comment_id", platformCommentIds).whereNull("removed_at").update({ removed_at: now, updated_at: now }).returning("id")
    )
    return rows.length
  }

  /** Open items older than `before` whose unanswered alert has not gone out yet (oldest first). */
  @InjectManager()
  async listUnansweredInboxItems(input: { before: Date; limit: number }, @MedusaContext() sharedContext: Context = {}): Promise<SocialInboxItemRow[]> {
    const manager = sharedContext.manager as SqlEntityManager
    return await manager.execute(
      manager
        .getKnex()(INBOX_TABLE)
        .select("*")
        .where({ status: "open" })
        .whereNull("unanswered_alerted_at")
        .whereNull("replied_at")
        .whereNull("removed_at")
        .whereNull("deleted_at")
        .where("commented_at", "<", input.before)
        .orderBy("commented_at")
        .limit(input.limit)
    )
  }

  /** Records that an alert went out for these items; only those not yet marked are returned. */
  @InjectTransactionManager()
  async markInboxAlerted(ids: string[], kind: "unanswered" | "words", @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    if (!ids.length) return []
    const manager = sharedContext.transactionManager as SqlEntityManager
    const column = kind === "unanswered" ? "unanswered_alerted_at" : "words_alerted_at"
    const rows: Array<{ id: string }> = await manager.execute(
      manager.getKnex()(INBOX_TABLE).whereIn("id", ids).whereNull(column).update({ [column]: new Date() }).returning("id")
    )
    return rows.map((r) => r.id)
  }

  /** Where polling a post's comments stopped (null: from the start). */
  @InjectManager()
  async getInboxCursors(postIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<Map<string, string | null>> {
    if (!postIds.length) return new Map()
    const rows = await this.listSocialInboxCursors({ post_id: postIds }, { select: ["post_id", "cursor"] }, sharedContext)
    return new Map(rows.map((r) => [r.post_id, r.cursor]))
  }

  /** Saves where polling a post stopped (one row per post). */
  @InjectTransactionManager()
  async saveInboxCursor(postId: string, cursor: string | null, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(
      manager.getKnex().raw(
        `INSERT INTO ${CURSOR_TABLE} (id, post_id, cursor, polled_at) VALUES (?, ?, ?, now())
         ON CONFLICT (post_id) WHERE deleted_at IS NULL DO UPDATE SET cursor = COALESCE(EXCLUDED.cursor, ${CURSOR_TABLE}.cursor), polled_at = now(), updated_at = now()`,
        [generateEntityId("", "sicr"), postId, cursor]
      )
    )
  }

  /** What a rule last saw of these products (or variants): by `product_id:variant_id`. */
  @InjectManager()
  async listAutoWatches(
    ruleId: string,
    subjects: Array<{ product_id: string; variant_id: string }>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, { in_stock: boolean; amount: number | null; on_sale: boolean; seq: number }>> {
    if (!subjects.length) return new Map()
    const manager = sharedContext.manager as SqlEntityManager
    const rows: Array<{ product_id: string; variant_id: string; in_stock: boolean; amount: string | null; on_sale: boolean; seq: number }> = await manager.execute(
      manager
        .getKnex()(WATCH_TABLE)
        .select("product_id", "variant_id", "in_stock", "amount", "on_sale", "seq")
        .where({ rule_id: ruleId })
        .whereIn("product_id", [...new Set(subjects.map((s) => s.product_id))])
        .whereNull("deleted_at")
    )
    return new Map(rows.map((r) => [`${r.product_id}:${r.variant_id}`, { in_stock: r.in_stock, amount: r.amount == null ? null : Number(r.amount), on_sale: r.on_sale, seq: r.seq }]))
  }

  /**
   * Stores what a rule now sees of a product, only if what it saw is still `seq` (a concurrent
   * delivery of the same event that got there first wins; this one changes nothing). Returns
   * whether it was written.
   */
  @InjectTransactionManager()
  async saveAutoWatch(
    input: { rule_id: string; product_id: string; variant_id: string; in_stock: boolean; amount: number | null; on_sale: boolean; seq: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const knex = manager.getKnex()
    const values = {
      in_stock: input.in_stock,
      amount: input.amount,
      raw_amount: input.amount == null ? null : JSON.stringify({ value: String(input.amount), precision: 20 }),
      on_sale: input.on_sale,
      seq: input.seq + 1,
      updated_at: new Date(),
    }
    const rows = await manager.execute(
      knex.raw(
          `INSERT INTO ${WATCH_TABLE} (id, rule_id, product_id, variant_id, in_stock, amount, raw_amount, on_sale, seq)
           VALUES (:id, :rule_id, :product_id, :variant_id, :in_stock, :amount, :raw_amount, :on_sale, :seq)
           ON CONFLICT (rule_id, product_id, variant_id) WHERE deleted_at IS NULL
           DO UPDATE SET in_stock = EXCLUDED.in_stock, amount = EXCLUDED.amount, raw_amount = EXCLUDED.raw_amount,
                         on_sale = EXCLUDED.on_sale, seq = EXCLUDED.seq, updated_at = now()
           WHERE ${WATCH_TABLE}.seq = :previous
           RETURNING id`,
        { id: generateEntityId("", "spaw"), rule_id: input.rule_id, product_id: input.product_id, variant_id: input.variant_id, ...values, previous: input.seq }
      )
    )
    return rows.length > 0
  }

  /**
   * Whether the account posted (or has a post coming for) the product since a moment: an
   * automatic post waits out the rule's cool-down after any post of the product.
   */
  @InjectManager()
  async hasPostSince(accountId: string, productId: string, since: Date, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows = await manager.execute(
      manager.getKnex()(POST_TABLE).select("id").where({ account_id: accountId, product_id: productId }).where("created_at", ">=", since).whereNull("deleted_at").limit(1)
    )
    return rows.length > 0
  }

  /**
   * The link-in-bio page's data in ONE query: the account by its handle and its latest published
   * posts (the partial index on published posts per account serves it). Null for no such page.
   */
  @InjectManager()
  async bioPage(handle: string, limit: number, @MedusaContext() sharedContext: Context = {}): Promise<BioPageData | null> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows: Array<Record<string, unknown>> = await manager.execute(
      manager.getKnex().raw(
        `SELECT a.id AS account_id, a.name, a.network, a.external_id, a.updated_at AS account_updated_at,
                p.id, p.product_id, p.variant_id, p.link_url, p.text, p.title, p.locale, p.currency_code,
                p.share_code, p.permalink, p.published_at, p.updated_at
           FROM ${ACCOUNT_TABLE} a
           LEFT JOIN LATERAL (
             SELECT * FROM ${POST_TABLE} p
              WHERE p.account_id = a.id AND p.status = 'published' AND p.deleted_at IS NULL
              ORDER BY p.published_at DESC LIMIT :limit
           ) p ON true
          WHERE a.bio_handle = :handle AND a.deleted_at IS NULL`,
        { handle, limit }
      )
    )
    const first = rows[0]
    if (!first) return null
    return {
      account: { id: String(first.account_id), name: String(first.name), network: String(first.network), external_id: String(first.external_id), updated_at: new Date(first.account_updated_at as string) },
      posts: rows
        .filter((r) => r.id)
        .map((r) => ({
          id: String(r.id),
          product_id: (r.product_id as string | null) ?? null,
          variant_id: (r.variant_id as string | null) ?? null,
          link_url: (r.link_url as string | null) ?? null,
          text: String(r.text),
          title: (r.title as string | null) ?? null,
          locale: String(r.locale ?? ""),
          currency_code: String(r.currency_code ?? ""),
          share_code: (r.share_code as string | null) ?? null,
          permalink: (r.permalink as string | null) ?? null,
          published_at: new Date(r.published_at as string),
          updated_at: new Date(r.updated_at as string),
        })),
    }
  }
}

export type BioPost = {
  id: string
  product_id: string | null
  variant_id: string | null
  link_url: string | null
  text: string
  title: string | null
  locale: string
  currency_code: string
  share_code: string | null
  permalink: string | null
  published_at: Date
  updated_at: Date
}
export type BioPageData = { account: { id: string; name: string; network: string; external_id: string; updated_at: Date }; posts: BioPost[] }
