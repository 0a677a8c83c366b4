import type { CardFormat } from "../../../lib/card-formats"
import type { CardShown } from "./content"
import { fitImage, fitLogo, type FittedImage } from "./image"
import { FittedSlots } from "./fitted-slots"
import { SizedLru } from "./lru"
import { renderCard, type RenderedCard } from "./render"
import { LAYOUTS } from "./templates"

/**
 * Everything a render needs, as plain data: it crosses to a worker thread by structured clone.
 * The photo and the logo are the stored bytes (fitted in the thread that renders), with their
 * sha256 so that a thread fits each one once.
 */
export type RenderTask = {
  format: CardFormat
  shown: CardShown
  image: Uint8Array | null
  imageHash: string | null
  logo: Uint8Array | null
  logoHash: string | null
}

// Per thread: the last photos fitted to a layout box (fitted-slots.ts). og and og-light share a
// box, and another price or locale of the same product re-renders in it, which then skips
// decoding and scaling the photo again (about 4.5 ms of CPU for og). Each format has a box of its
// own, so the other formats of a product fit the photo once each anyway. Raw pixels (1 MB for og,
// 3.5 MB for story) in two reused buffers.
const fitted = new FittedSlots(2)
// The shop's logo as the data URI every card embeds: one logo, fitted once per thread.
const fittedLogos = new SizedLru<string | null>(2 * 1024 * 1024, 10 * 60_000)

const asBuffer = (b: Uint8Array | null) => (b ? Buffer.from(b.buffer, b.byteOffset, b.byteLength) : null)

/** Renders one card from a task (pure CPU work: no database, no network). */
export async function runRenderTask(task: RenderTask): Promise<RenderedCard> {
  const layout = LAYOUTS[task.format]
  const fit = layout.fit ?? "cover"
  const key = task.imageHash && `${task.imageHash}:${layout.image.width}x${layout.image.height}:${fit}`
  const cached = key ? fitted.get(key) : undefined
  // Not awaited here: renderCard lays the words out while the photo is being fitted.
  const image =
    cached !== undefined
      ? cached
      : fitImage(asBuffer(task.image), layout.image.width, layout.image.height, fit).then((img) => (key ? fitted.keep(key, img) : img))
  let logo = task.logoHash ? fittedLogos.get(task.logoHash) : undefined
  if (logo === undefined) {
    logo = await fitLogo(asBuffer(task.logo), 128)
    if (task.logoHash) {
      fittedLogos.set(task.logoHash, logo, logo?.length ?? 64)
    }
  }
  return renderCard(task.format, { ...task.shown, image, logo })
}
