import { Text } from "@medusajs/ui"
import { useState } from "react"
import { CARD_FORMATS, CARD_FORMAT_NAMES } from "../../../lib/card-formats"
import { backendUrl } from "../../lib/api"

/**
 * The product's share cards in every format, from the stable card URL (a 302 to the immutable
 * image; the first request renders it), on the backend: the admin may be served from another origin.
 */
export function CardImages({ productId }: { productId: string }) {
  const [failed, setFailed] = useState<Record<string, boolean>>({})
  return (
    <div className="flex flex-wrap items-end gap-4">
      {CARD_FORMAT_NAMES.map((name) => {
        const f = CARD_FORMATS[name]
        const src = backendUrl(`/social/cards/${encodeURIComponent(productId)}/${name}.${f.type}`)
        return (
          <a key={name} href={src} target="_blank" rel="noreferrer" className="flex flex-col gap-y-1">
            {failed[name] ? (
              <div className="flex h-24 w-24 items-center justify-center rounded bg-ui-bg-subtle">
                <Text size="xsmall">not available</Text>
              </div>
            ) : (
              <img src={src} alt={`${name} card`} data-card-format={name} loading="lazy" className="h-24 w-auto rounded border border-ui-border-base" style={{ aspectRatio: `${f.width} / ${f.height}` }} onError={() => setFailed((x) => ({ ...x, [name]: true }))} />
            )}
            <Text size="xsmall" className="text-ui-fg-subtle">
              {name} · {f.width}×{f.height}
            </Text>
          </a>
        )
      })}
    </div>
  )
}
