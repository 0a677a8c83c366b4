import { NETWORK_RULES, type PublishNetwork } from "./networks"

// X's counting (twitter-text's configuration v3, the one the API applies): every code point weighs
// 200 except those in the ranges below (Latin, and some punctuation), which weigh 100; an emoji
// (a whole grapheme with a pictograph) weighs 200; every URL counts as 23 characters whatever its
// length; the sum is divided by 100 and compared with 280. Written here rather than taken from the
// `twitter-text` package: its last release (2020) pulls core-js 2 into every install for a
// function of thirty lines.
const X_SCALE = 100
const X_DEFAULT_WEIGHT = 200
const X_URL_LENGTH = 23
const X_LIGHT_RANGES: ReadonlyArray<[number, number]> = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
]

// A URL as X links it: with a scheme, or a bare domain with a top-level domain of letters.
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+|\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?:\/[^\s<>"]*)?/gi
const PICTOGRAPH = /\p{Extended_Pictographic}/u
const HASHTAG = /(?:^|[^\p{L}\p{N}_&/])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu

// Intl.Segmenter (ES2022; tsconfig's `lib` adds ES2022.Intl to ES2021's defaults) counts graphemes.
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" })

function codePointWeight(cp: number): number {
  return X_LIGHT_RANGES.some(([a, b]) => cp >= a && cp <= b) ? X_SCALE : X_DEFAULT_WEIGHT
}

function weightOf(text: string): number {
  let weight = 0
  for (const { segment } of segmenter.segment(text)) {
    if (PICTOGRAPH.test(segment)) {
      weight += X_DEFAULT_WEIGHT
      continue
    }
    for (const ch of segment) {
      weight += codePointWeight(ch.codePointAt(0)!)
    }
  }
  return weight
}

/** The length X gives a post: 280 is the limit (`"café https://x.co/…"` is 5 + 23). */
export function weightedLength(text: string): number {
  const normalized = text.normalize("NFC")
  let weight = 0
  let last = 0
  for (const match of normalized.matchAll(URL_PATTERN)) {
    weight += weightOf(normalized.slice(last, match.index)) + X_URL_LENGTH * X_SCALE
    last = match.index! + match[0].length
  }
  weight += weightOf(normalized.slice(last))
  return Math.ceil(weight / X_SCALE)
}

/** Characters as people and most platforms count them: graphemes ("é" and "👍🏽" are one). */
export function characterLength(text: string): number {
  let n = 0
  for (const _ of segmenter.segment(text)) n++
  return n
}

export function hashtags(text: string): string[] {
  return [...text.matchAll(HASHTAG)].map((m) => m[1])
}

export type TextProblem = { field: "text" | "title"; message: string }

/** The post's length as its network counts it. */
export function postLength(network: PublishNetwork, text: string): number {
  return NETWORK_RULES[network].counting === "x-weighted" ? weightedLength(text) : characterLength(text)
}

/**
 * What stops a post from being accepted by its network, by field (empty when nothing does):
 * checked before scheduling, so the admin fixes it in the composer rather than at publish time.
 */
export function checkPostText(network: PublishNetwork, post: { text: string; title?: string | null }): TextProblem[] {
  const rules = NETWORK_RULES[network]
  const problems: TextProblem[] = []
  const length = postLength(network, post.text)
  if (!post.text.trim()) {
    problems.push({ field: "text", message: "must not be empty" })
  } else if (length > rules.text_max) {
    const unit = rules.counting === "x-weighted" ? "characters as X counts them (a link is 23)" : "characters"
    problems.push({ field: "text", message: `is ${length} ${unit}; ${network} allows ${rules.text_max}` })
  }
  if (rules.hashtags_max !== undefined) {
    const tags = hashtags(post.text).length
    if (tags > rules.hashtags_max) {
      problems.push({ field: "text", message: `has ${tags} hashtags; ${network} allows ${rules.hashtags_max}` })
    }
  }
  if (rules.title_max !== undefined && post.title && characterLength(post.title) > rules.title_max) {
    problems.push({ field: "title", message: `is ${characterLength(post.title)} characters; ${network} allows ${rules.title_max}` })
  }
  if (rules.title_max === undefined && post.title) {
    problems.push({ field: "title", message: `${network} posts have no title` })
  }
  return problems
}
