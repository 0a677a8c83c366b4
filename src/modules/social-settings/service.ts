import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import { SocialSettings } from "./models/social-settings"
import { parsePluginOptions, type PluginOptions } from "./options"
import type { EffectiveSocialSettings, SocialSettingsUpdate } from "./types"
import { sameSettingsValue } from "./lib/same-settings"
import { jsonArrayColumn } from "../../lib/json-column"

const SCOPE = "default"

type StoredSettings = {
  id: string
  updated_at: Date | string | null
} & { [K in keyof SocialSettingsUpdate]?: SocialSettingsUpdate[K] }


/** An update as the row takes it: array fields go in as json columns, absent fields stay absent. */
function settingsRow(data: SocialSettingsUpdate) {
  const { allowed_redirect_origins, enabled_networks, inbox_alert_words, ...rest } = data
  return {
    ...rest,
    ...(inbox_alert_words !== undefined && { inbox_alert_words: jsonArrayColumn(inbox_alert_words) }),
    ...(allowed_redirect_origins !== undefined && { allowed_redirect_origins: jsonArrayColumn(allowed_redirect_origins) }),
    ...(enabled_networks !== undefined && { enabled_networks: jsonArrayColumn(enabled_networks) }),
  }
}

/**
 * This service owns the plugin's settings: the plugin options are the defaults and the stored row
 * overrides them field by field. `getEffectiveSettings` is the one accessor every capability uses;
 * it is cached per process for `settingsCacheTtlSeconds` because share redirects and card requests
 * read it on every request.
 */
export default class SocialSettingsModuleService extends MedusaService({ SocialSettings }) {
  protected readonly pluginOptions_: PluginOptions
  // A holder object rather than a field that is reassigned: callers may reach the service through
  // a proxy (module test runner, container wrappers), where `this.x = …` would not reach it.
  // `last` is the value read last, kept across expiry and invalidation: see getEffectiveSettings.
  private readonly cache_: { entry: { value: EffectiveSocialSettings; expiresAt: number } | null; last: EffectiveSocialSettings | null } = {
    entry: null,
    last: null,
  }

  constructor(container: Record<string, unknown>, options: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.pluginOptions_ = parsePluginOptions(options)
  }

  /** The validated plugin options (secrets included): for server-side use only. */
  getPluginOptions(): PluginOptions {
    return this.pluginOptions_
  }

  @InjectManager()
  async getEffectiveSettings(@MedusaContext() sharedContext: Context = {}) {
    const cached = this.cache_.entry
    if (cached && cached.expiresAt > Date.now()) {
      return cached.value
    }
    const [row] = await this.listSocialSettings({ scope: SCOPE }, { take: 1 }, sharedContext)
    // Unchanged settings keep their object: hot paths (the share redirect's targets and previewer
    // pages) key their caches on it, and a new object every TTL would rebuild them all for nothing.
    const value = sameSettingsValue(this.cache_.last, this.merge_(row as unknown as StoredSettings | undefined))
    this.cache_.last = value
    const ttl = this.pluginOptions_.settingsCacheTtlSeconds * 1000
    this.cache_.entry = ttl > 0 ? { value, expiresAt: Date.now() + ttl } : null
    return value
  }

  /** The stored overrides alone (null = inherited), for undo in workflows. */
  @InjectManager()
  async getStoredOverrides(@MedusaContext() sharedContext: Context = {}) {
    const [row] = await this.listSocialSettings({ scope: SCOPE }, { take: 1 }, sharedContext)
    return (row as unknown as StoredSettings | undefined) ?? null
  }

  /**
   * Writes overrides (null resets a field to its plugin option) and drops this process' cache.
   * Other processes see the change within the cache TTL, or at once when they receive the
   * `social.settings.updated` event.
   */
  @InjectManager()
  async saveOverrides(data: SocialSettingsUpdate, @MedusaContext() sharedContext: Context = {}) {
    await this.saveOverrides_(data, sharedContext)
    this.invalidateCache()
    // Read in a fresh context: the one above still holds the row as it was before the update.
    return this.getEffectiveSettings()
  }

  @InjectTransactionManager()
  protected async saveOverrides_(data: SocialSettingsUpdate, @MedusaContext() sharedContext: Context = {}) {
    const [existing] = await this.listSocialSettings({ scope: SCOPE }, { take: 1 }, sharedContext)
    if (existing) {
      await this.updateSocialSettings({ ...settingsRow(data), id: existing.id }, sharedContext)
    } else {
      await this.createSocialSettings({ ...settingsRow(data), scope: SCOPE }, sharedContext)
    }
  }

  invalidateCache() {
    this.cache_.entry = null
  }

  /**
   * The cached settings while they are fresh, else null (then call `getEffectiveSettings`). No
   * database context is set up: for hot paths such as the share redirect, which see a change as
   * soon as this process' cache is dropped.
   */
  peekEffectiveSettings(): EffectiveSocialSettings | null {
    const cached = this.cache_.entry
    return cached && cached.expiresAt > Date.now() ? cached.value : null
  }

  private merge_(row: StoredSettings | undefined): EffectiveSocialSettings {
    const o = this.pluginOptions_
    const storefront = row?.storefront_url ?? o.storefrontUrl
    const extraOrigins = row?.allowed_redirect_origins ?? o.allowedRedirectOrigins
    const origins = [storefront, ...extraOrigins].map((u) => new URL(u).origin)
    return {
      storefront_url: storefront,
      product_url_template: row?.product_url_template ?? o.productUrlTemplate,
      allowed_redirect_origins: [...new Set(origins)],
      brand_name: row?.brand_name ?? o.brand.name,
      brand_colors: row?.brand_colors ?? o.brand.colors,
      logo_file_id: row?.logo_file_id ?? null,
      enabled_networks: row?.enabled_networks ?? o.networks,
      features: { ...o.features, ...(row?.features ?? {}) },
      review_auto_approve: row?.review_auto_approve ?? o.reviews.autoApprove,
      review_allow_unverified: row?.review_allow_unverified ?? o.reviews.allowUnverified,
      inbox_alert_words: row?.inbox_alert_words ?? o.inbox.alertWords,
      inbox_unanswered_hours: row?.inbox_unanswered_hours ?? o.inbox.unansweredHours,
      updated_at: row?.updated_at ? new Date(row.updated_at) : null,
    }
  }
}

