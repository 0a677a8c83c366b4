import type { FittedImage } from "./image"

/**
 * The last few photos a render thread fitted, each kept in a buffer of its own that the next
 * photo reuses once it is the least recently used. og and og-light share a box, and another
 * price or locale of the same product draws in it again: those skip the decode and the resize.
 *
 * Why not an LRU of the buffers sharp returns: a kept buffer lives through the thread's young
 * collections, so V8 moves it to the old generation, and once evicted it stays allocated until a
 * full collection, which V8 starts only after about 64 MB of such external memory. A run of new
 * products left tens of MB of dead photos per thread (docs/cards.md, peak RSS). Copying into a
 * reused buffer (about 0.1 ms for og's 1 MB) lets sharp's buffer die young and makes no garbage.
 */
export class FittedSlots {
  private readonly slots: { key: string | null; image: FittedImage | null; buffer: Buffer | null }[] = []

  constructor(private readonly count: number) {}

  /** The fitted photo of `key` (null: unreadable), or undefined when it is not kept. */
  get(key: string): FittedImage | null | undefined {
    const i = this.slots.findIndex((s) => s.key === key)
    if (i < 0) {
      return undefined
    }
    const [slot] = this.slots.splice(i, 1)
    this.slots.push(slot)
    return slot.image
  }

  /**
   * Keeps a copy of `image` under `key` in the least recently used slot, and returns the copy.
   * A photo returned earlier for another key must no longer be in use: a render thread copies
   * its photo into the card before it starts the next render.
   */
  keep(key: string, image: FittedImage | null): FittedImage | null {
    const existing = this.slots.findIndex((s) => s.key === key)
    const slot =
      existing >= 0
        ? this.slots.splice(existing, 1)[0]
        : this.slots.length < this.count
          ? { key: null, image: null, buffer: null }
          : this.slots.shift()!
    slot.key = key
    slot.image = null
    if (image) {
      const size = image.data.length
      if (!slot.buffer || slot.buffer.length < size) {
        slot.buffer = Buffer.allocUnsafeSlow(size)
      }
      image.data.copy(slot.buffer, 0, 0, size)
      slot.image = { ...image, data: slot.buffer.subarray(0, size) }
    }
    this.slots.push(slot)
    return slot.image
  }
}
