import { CLICK_IDS, CLICK_ID_KEYS, DIRECT } from "./vocabulary"

export type TouchSignals = {
  utm_source?: string | null
  utm_medium?: string | null
  click_ids?: Record<string, string> | null
  share_code?: string | null
  share_network?: string | null
  referral_code?: string | null
  referrer?: string | null
}

// utm_source values seen in the wild for each network, lower-cased.
const SOURCE_ALIASES: Record<string, string> = {
  fb: "facebook",
  facebook: "facebook",
  "facebook.com": "facebook",
  meta: "facebook",
  ig: "instagram",
  instagram: "instagram",
  twitter: "x",
  x: "x",
  "t.co": "x",
  pinterest: "pinterest",
  pin: "pinterest",
  tiktok: "tiktok",
  linkedin: "linkedin",
  reddit: "reddit",
  whatsapp: "whatsapp",
  telegram: "telegram",
  snapchat: "snapchat",
  google: "google",
  bing: "microsoft",
  email: "email",
  newsletter: "email",
}

// Referrer hosts (suffix match) and the network they mean.
const REFERRER_HOSTS: Array<[string, string]> = [
  ["facebook.com", "facebook"],
  ["fb.com", "facebook"],
  ["fb.me", "facebook"],
  ["instagram.com", "instagram"],
  ["t.co", "x"],
  ["x.com", "x"],
  ["twitter.com", "x"],
  ["pinterest.com", "pinterest"],
  ["pin.it", "pinterest"],
  ["tiktok.com", "tiktok"],
  ["linkedin.com", "linkedin"],
  ["lnkd.in", "linkedin"],
  ["reddit.com", "reddit"],
  ["wa.me", "whatsapp"],
  ["whatsapp.com", "whatsapp"],
  ["t.me", "telegram"],
  ["telegram.org", "telegram"],
  ["snapchat.com", "snapchat"],
  ["google.com", "google"],
  ["bing.com", "microsoft"],
]

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return null
  }
}

function networkOfHost(host: string): string | null {
  for (const [suffix, network] of REFERRER_HOSTS) {
    if (host === suffix || host.endsWith(`.${suffix}`)) {
      return network
    }
  }
  // Country domains: google.de, pinterest.co.uk, ...
  const m = /(?:^|\.)(google|pinterest|facebook|bing)\.[a-z]{2,3}(?:\.[a-z]{2})?$/.exec(host)
  return m ? networkOfHost(`${m[1]}.com`) : null
}

/**
 * The network a touch came from, by strength of evidence: a share link's network, a platform
 * click id, utm_source, a referral code, then the referrer's host. A touch with none of them (or a
 * referrer on the shop's own origins) is direct.
 */
export function classifyTouch(t: TouchSignals, ownOrigins: string[] = []): { network: string; is_direct: boolean } {
  if (t.share_network) {
    return { network: t.share_network, is_direct: false }
  }
  for (const key of CLICK_ID_KEYS) {
    if (t.click_ids?.[key]) {
      return { network: CLICK_IDS[key], is_direct: false }
    }
  }
  const source = t.utm_source?.trim().toLowerCase()
  if (source) {
    return { network: SOURCE_ALIASES[source] ?? source.slice(0, 64), is_direct: false }
  }
  if (t.share_code) {
    return { network: "share_link", is_direct: false }
  }
  if (t.referral_code) {
    return { network: "referral", is_direct: false }
  }
  const host = t.referrer ? hostOf(t.referrer) : null
  if (host) {
    const own = ownOrigins.some((o) => hostOf(o) === host)
    if (!own) {
      return { network: networkOfHost(host) ?? "referral", is_direct: false }
    }
  }
  return { network: DIRECT, is_direct: true }
}
