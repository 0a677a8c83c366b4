import { splitList } from "../../lib/format"
import type { Channel, CustomLabel, FieldMapping, Rule } from "./types"

/** Lists are edited as comma-separated text. */
export type RuleText = Record<keyof Rule & string, string>
const RULE_KEYS = ["collection_ids", "category_ids", "tags", "type_ids"] as const

export type MappingText = {
  brand: string
  brand_metadata_key: string
  gtin_from: string[]
  mpn_from: string
  condition: string
  /** One "category id = platform category" a line. */
  category_map: string
  /** JSON array of label sources, e.g. [{"from":"collection"}]. */
  custom_labels: string
}

export type ChannelFormState = {
  name: string
  destination: string
  mode: string
  enabled: boolean
  sales_channel_id: string
  region_id: string
  currency_code: string
  language: string
  country: string
  prices_include_tax: boolean
  feed_format: string
  /** New values typed by the admin; an empty one leaves the stored credential alone. */
  credentials: Record<string, string>
  /** Stored credentials to remove. */
  remove: Record<string, boolean>
  include: RuleText
  exclude: RuleText
  mapping: MappingText
}

const ruleText = (r?: Rule): RuleText => Object.fromEntries(RULE_KEYS.map((k) => [k, (r?.[k] ?? []).join(", ")])) as RuleText

export function emptyForm(): ChannelFormState {
  return toForm(null)
}

export function toForm(c: Channel | null): ChannelFormState {
  const m: FieldMapping = c?.field_mapping ?? {}
  return {
    name: c?.name ?? "",
    destination: c?.destination ?? "",
    mode: c?.mode ?? "feed",
    enabled: c?.enabled ?? true,
    sales_channel_id: c?.sales_channel_id ?? "",
    region_id: c?.region_id ?? "",
    currency_code: c?.currency_code ?? "",
    language: c?.language ?? "",
    country: c?.country ?? "",
    prices_include_tax: c?.prices_include_tax ?? false,
    feed_format: c?.feed_format ?? "",
    credentials: {},
    remove: {},
    include: ruleText(c?.filters?.include),
    exclude: ruleText(c?.filters?.exclude),
    mapping: {
      brand: m.brand ?? "",
      brand_metadata_key: m.brand_metadata_key ?? "",
      gtin_from: m.gtin_from ?? [],
      mpn_from: m.mpn_from ?? "",
      condition: m.condition ?? "",
      category_map: Object.entries(m.category_map ?? {})
        .map(([k, v]) => `${k} = ${v}`)
        .join("\n"),
      custom_labels: m.custom_labels?.length ? JSON.stringify(m.custom_labels) : "",
    },
  }
}

function ruleBody(t: RuleText): Rule | undefined {
  const out: Rule = {}
  for (const k of RULE_KEYS) {
    const list = splitList(t[k])
    if (list.length) out[k] = list
  }
  return Object.keys(out).length ? out : undefined
}

/** Text the admin typed that cannot be sent at all (the server checks everything else). */
export class FormTextError extends Error {
  constructor(
    readonly field: string,
    message: string
  ) {
    super(message)
  }
}

function mappingBody(t: MappingText): FieldMapping | null {
  const out: FieldMapping = {}
  if (t.brand.trim()) out.brand = t.brand.trim()
  if (t.brand_metadata_key.trim()) out.brand_metadata_key = t.brand_metadata_key.trim()
  if (t.gtin_from.length) out.gtin_from = t.gtin_from
  if (t.mpn_from) out.mpn_from = t.mpn_from
  if (t.condition) out.condition = t.condition
  const lines = t.category_map.split("\n").map((l) => l.trim()).filter(Boolean)
  if (lines.length) {
    out.category_map = {}
    for (const line of lines) {
      const at = line.indexOf("=")
      if (at < 1) throw new FormTextError("field_mapping", `category map: "${line}" is not "category id = platform category"`)
      out.category_map[line.slice(0, at).trim()] = line.slice(at + 1).trim()
    }
  }
  if (t.custom_labels.trim()) {
    try {
      out.custom_labels = JSON.parse(t.custom_labels) as CustomLabel[]
    } catch {
      throw new FormTextError("field_mapping", "custom labels: not valid JSON")
    }
  }
  return Object.keys(out).length ? out : null
}

/** The request body. `creating` adds the destination, which cannot change afterwards. */
export function toBody(f: ChannelFormState, creating: boolean): Record<string, unknown> {
  const include = ruleBody(f.include)
  const exclude = ruleBody(f.exclude)
  const credentials: Record<string, string | null> = {}
  for (const [k, v] of Object.entries(f.credentials)) if (v) credentials[k] = v
  for (const [k, on] of Object.entries(f.remove)) if (on) credentials[k] = null
  const body: Record<string, unknown> = {
    name: f.name,
    mode: f.mode,
    enabled: f.enabled,
    sales_channel_id: f.sales_channel_id || null,
    region_id: f.region_id || null,
    currency_code: f.currency_code,
    language: f.language,
    country: f.country,
    prices_include_tax: f.prices_include_tax,
    filters: include || exclude ? { ...(include && { include }), ...(exclude && { exclude }) } : null,
    field_mapping: mappingBody(f.mapping),
  }
  if (f.feed_format) body.feed_format = f.feed_format
  if (Object.keys(credentials).length) body.credentials = credentials
  if (creating) body.destination = f.destination
  return body
}
