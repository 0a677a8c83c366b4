import { CARD_FORMAT_NAMES } from "../../../lib/card-formats"
import { loadSharp } from "../../../lib/imaging"
import { cardSvg } from "./render"
import { runRenderTask } from "./render-task"
import { LAYOUTS, type CardContent } from "./templates"

/**
 * How many words panels a render thread lays out before its first card. satori is JavaScript
 * (and yoga in WASM) that V8 compiles to fast code only once its functions have run many times:
 * in one thread, an og panel took about 10 ms over the first 50 layouts, 5 ms over the next 50
 * and 2.5 ms from about the 100th on (2-core machine, docs/cards.md). Without this, the first
 * hundred cards after a boot are each rendered at a fraction of the thread's speed, inside
 * shoppers' requests. The cost (about 1.2 s of CPU per thread) is paid while the server boots.
 */
export const WARM_UP_LAYOUTS = 120

const colors = { primary: "#111827", accent: "#e11d48", background: "#ffffff", text: "#111827" }

/** Words of the lengths real cards have: titles that wrap and get clamped, both price kinds. */
function words(i: number): Omit<CardContent, "image" | "logo"> {
  const onSale = i % 2 === 1
  return {
    title: `Warm-up product ${i} with a title long enough to wrap onto the card's last line`,
    variantTitle: i % 3 ? `Size ${i % 5} / Colour ${i % 7}` : null,
    price: { current: `${i},00 €`, original: onSale ? `${i + 10},00 €` : null },
    availability: i % 4 ? "in stock" : "out of stock",
    availabilityLabel: i % 4 ? "In stock" : "Out of stock",
    brandName: "Warm-up",
    colors,
  }
}

/**
 * Brings this thread's renderer to its steady speed: one whole card from a photo (sharp's JPEG
 * decoder, resize and PNG encoder, the fitted-photo path), then `layouts` words panels over every
 * format. The render threads run it when they start (render-worker.ts); bench/cards.js runs it
 * before timing the renderer, so that it measures the renderer as a thread serves a card.
 */
export async function warmUpRenderer(layouts = WARM_UP_LAYOUTS): Promise<void> {
  const photo = await loadSharp()({ create: { width: 800, height: 600, channels: 3, background: "#8899aa" } })
    .jpeg()
    .toBuffer()
  await runRenderTask({ format: "og", shown: words(0), image: photo, imageHash: null, logo: null, logoHash: null })
  const formats = CARD_FORMAT_NAMES.filter((f) => !LAYOUTS[f].plain)
  for (let i = 0; i < layouts; i++) {
    await cardSvg(formats[i % formats.length], { ...words(i), image: null, logo: null }, "panel")
  }
}
