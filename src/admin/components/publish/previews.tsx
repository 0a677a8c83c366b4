import { Text } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { CARD_FORMATS, cardUrl, type CardFormat } from "../../../lib/card-formats"
import type { PostMedia, PublishNetwork } from "../../../modules/social-publish/lib/networks"
import { backendUrl } from "../../lib/api"
import { LINK } from "../link-style"

export type PreviewInput = {
  network: PublishNetwork
  accountName: string
  /** The handle or id shown under the name (X shows @user). */
  handle: string
  text: string
  title: string | null
  media: PostMedia
  product: { id: string; title: string; thumbnail: string | null } | null
  variantId?: string
  currency: string
  locale: string
  /** The link the post carries (its tracked link, or the free text's link). */
  link: string | null
}

/** The card the post carries, through the backend's stable card URL (the market's price on it). */
function mediaUrl(p: PreviewInput): string | null {
  if (!p.product || p.media === "none") return null
  if (p.media === "photo") return p.product.thumbnail
  const url = new URL(cardUrl("http://backend.invalid", p.product.id, p.media as CardFormat, { variant_id: p.variantId || undefined, currency_code: p.currency, locale: p.locale }))
  return backendUrl(`${url.pathname}${url.search}`)
}

const aspectOf = (media: PostMedia) => (media in CARD_FORMATS ? CARD_FORMATS[media as CardFormat].width / CARD_FORMATS[media as CardFormat].height : 1)

const URL_IN_TEXT = /https?:\/\/[^\s<>"]+/g
const domain = (url: string | null) => {
  try {
    return url ? new URL(url).host : ""
  } catch {
    return ""
  }
}

/** X shows a link as its host and path cut to about 23 characters, with an ellipsis. */
const xDisplay = (url: string) => {
  const bare = url.replace(/^https?:\/\/(www\.)?/, "")
  return bare.length > 23 ? `${bare.slice(0, 22)}…` : bare
}

/** The text with its links drawn as links (`clickable` false: Instagram and TikTok captions). */
function Linked({ text, clickable, display = (u) => u }: { text: string; clickable: boolean; display?: (u: string) => string }) {
  const parts: ReactNode[] = []
  let last = 0
  for (const m of text.matchAll(URL_IN_TEXT)) {
    parts.push(text.slice(last, m.index))
    parts.push(
      clickable ? (
        <span key={m.index} className={LINK}>
          {display(m[0])}
        </span>
      ) : (
        m[0]
      )
    )
    last = m.index! + m[0].length
  }
  parts.push(text.slice(last))
  return <span className="whitespace-pre-wrap break-words">{parts}</span>
}

/** Text cut where the network's feed cuts it, with the network's "more" to read the rest. */
function Truncated({ text, at, more, clickable, display }: { text: string; at: number; more: string; clickable: boolean; display?: (u: string) => string }) {
  const [open, setOpen] = useState(false)
  const chars = [...text]
  if (open || chars.length <= at) return <Linked text={text} clickable={clickable} display={display} />
  return (
    <>
      <Linked text={chars.slice(0, at).join("").trimEnd()} clickable={clickable} display={display} />
      {"… "}
      <button type="button" className="text-ui-fg-subtle" onClick={() => setOpen(true)} data-testid="preview-more">
        {more}
      </button>
    </>
  )
}

function Picture({ src, aspect, alt }: { src: string | null; aspect: number; alt: string }) {
  const [failed, setFailed] = useState(false)
  return src && !failed ? (
    <img src={src} alt={alt} className="w-full bg-ui-bg-subtle object-cover" style={{ aspectRatio: String(aspect) }} onError={() => setFailed(true)} data-preview-image />
  ) : (
    <div className="flex w-full items-center justify-center bg-ui-bg-subtle" style={{ aspectRatio: String(aspect) }}>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {src ? "image not available" : "no image"}
      </Text>
    </div>
  )
}

const Avatar = ({ name }: { name: string }) => (
  <div aria-hidden className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-ui-bg-component text-xs font-medium">
    {name.slice(0, 1).toUpperCase()}
  </div>
)

function XPreview(p: PreviewInput) {
  return (
    <div className="flex gap-x-3 p-3">
      <Avatar name={p.accountName} />
      <div className="flex min-w-0 flex-col gap-y-2">
        <Text size="small">
          <span className="font-medium">{p.accountName}</span> <span className="text-ui-fg-subtle">@{p.handle}</span>
        </Text>
        <Text size="small">
          <Linked text={p.text} clickable display={xDisplay} />
        </Text>
        {mediaUrl(p) ? (
          <div className="overflow-hidden rounded-xl border border-ui-border-base">
            <Picture src={mediaUrl(p)} aspect={aspectOf(p.media)} alt="the post's card" />
          </div>
        ) : null}
        {p.link ? (
          <Text size="xsmall" className="text-ui-fg-subtle">
            From {domain(p.link)}
          </Text>
        ) : null}
      </div>
    </div>
  )
}

/**
 * Instagram's feed shows pictures between 4:5 (portrait) and 1.91:1 (landscape), cropping the
 * rest, and cuts the caption after about 125 characters with "more"; links in it are plain text.
 */
function InstagramPreview(p: PreviewInput) {
  const aspect = Math.min(1.91, Math.max(4 / 5, aspectOf(p.media)))
  return (
    <div className="flex flex-col">
      <div className="flex items-center gap-x-2 p-3">
        <Avatar name={p.accountName} />
        <Text size="small" weight="plus">
          {p.handle}
        </Text>
      </div>
      <Picture src={mediaUrl(p)} aspect={aspect} alt="the post's picture" />
      <Text size="small" className="p-3">
        <span className="font-medium">{p.handle}</span> <Truncated text={p.text} at={125} more="more" clickable={false} />
      </Text>
    </div>
  )
}

/** A pin: the 2:3 picture, its title (100) and the start of its description, on its board. */
function PinterestPreview(p: PreviewInput) {
  return (
    <div className="flex max-w-[240px] flex-col gap-y-2 p-3">
      <div className="overflow-hidden rounded-2xl">
        <Picture src={mediaUrl(p)} aspect={aspectOf(p.media)} alt="the pin" />
      </div>
      {p.title ? (
        <Text size="small" weight="plus" className="line-clamp-2">
          {p.title}
        </Text>
      ) : null}
      <Text size="xsmall" className="text-ui-fg-subtle">
        <Truncated text={p.text} at={100} more="more" clickable />
      </Text>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {p.accountName} · {domain(p.link)}
      </Text>
    </div>
  )
}

/**
 * A Page or LinkedIn post with a link: the message (cut with "See more"), then the link's card as
 * the network draws it from the page's og tags: the og card, the domain, the product's title.
 */
function LinkCardPreview(p: PreviewInput & { cut: number; more: string }) {
  const image = p.product ? mediaUrl({ ...p, media: "og" }) : null
  return (
    <div className="flex flex-col">
      <div className="flex items-center gap-x-2 p-3">
        <Avatar name={p.accountName} />
        <Text size="small" weight="plus">
          {p.accountName}
        </Text>
      </div>
      <Text size="small" className="px-3 pb-3">
        <Truncated text={p.text} at={p.cut} more={p.more} clickable />
      </Text>
      {p.link ? (
        <div className="border-y border-ui-border-base" data-testid="preview-link-card">
          {image ? <Picture src={image} aspect={1200 / 630} alt="the link's card" /> : null}
          <div className="bg-ui-bg-subtle px-3 py-2">
            <Text size="xsmall" className="uppercase text-ui-fg-subtle">
              {domain(p.link)}
            </Text>
            <Text size="small" weight="plus">
              {p.product?.title ?? domain(p.link)}
            </Text>
          </div>
        </div>
      ) : null}
    </div>
  )
}

/** A TikTok photo post: the product's own photo (no overlays), its title and caption. */
function TikTokPreview(p: PreviewInput) {
  return (
    <div className="flex max-w-[260px] flex-col">
      <Picture src={mediaUrl(p)} aspect={9 / 16} alt="the photo" />
      <div className="p-3">
        <Text size="small" weight="plus">
          @{p.handle}
        </Text>
        {p.title ? <Text size="small">{p.title}</Text> : null}
        <Text size="xsmall">
          <Truncated text={p.text} at={80} more="more" clickable={false} />
        </Text>
      </div>
    </div>
  )
}

/** The post as its network will show it. */
export function NetworkPreview(p: PreviewInput) {
  const body = (() => {
    switch (p.network) {
      case "x":
        return <XPreview {...p} />
      case "instagram":
        return <InstagramPreview {...p} />
      case "pinterest":
        return <PinterestPreview {...p} />
      case "facebook":
        return <LinkCardPreview {...p} cut={480} more="See more" />
      case "linkedin":
        return <LinkCardPreview {...p} cut={210} more="see more" />
      case "tiktok":
        return <TikTokPreview {...p} />
    }
  })()
  return (
    <div className="overflow-hidden rounded-lg border border-ui-border-base bg-ui-bg-base" data-testid="post-preview" data-network={p.network}>
      {body}
    </div>
  )
}
