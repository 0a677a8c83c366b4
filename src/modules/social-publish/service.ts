import { InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import { parsePluginOptions, type PluginOptions } from "../social-settings/options"
import { decryptJson, encryptJson } from "../social-catalog/lib/crypto"
import { SocialPublishAccount } from "./models/account"
import { SocialPublishPost } from "./models/post"

const ACCOUNT_TABLE = "social_publish_account"

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
      credential_keys: Object.keys(clean).sort(),
    }
  }

  /** An account's credentials in clear, for its provider; a value that cannot be opened asks for them again. */
  @InjectManager()
  async openCredentials(accountId: string, @MedusaContext() sharedContext: Context = {}): Promise<Record<string, string>> {
    const account = await this.retrieveSocialPublishAccount(accountId, { select: ["id", "credentials"] }, sharedContext)
    if (!account.credentials) return {}
    try {
      return decryptJson<Record<string, string>>(account.credentials, this.key_, accountId, ACCOUNT_TABLE)
    } catch {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The credentials of account ${accountId} cannot be read with the configured catalogEncryptionKey; enter them again`
      )
    }
  }
}
