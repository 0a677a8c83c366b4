import sharp from "sharp"
import { threadId } from "worker_threads"
import { cardRenderThreads, closeCardRenderPool, renderOnPool } from "./render-pool"

// The first task waits for a thread to start (from the TypeScript sources it compiles its files).
jest.setTimeout(120_000)

const shown = {
  title: "Veste en lin",
  variantTitle: null,
  price: { current: "45,00\u00A0€", original: null },
  availability: "in stock" as const,
  availabilityLabel: "En stock",
  brandName: "Acme",
  colors: { primary: "#111827", accent: "#e11d48", background: "#ffffff", text: "#111827" },
}

describe("the card render pool", () => {
  afterAll(() => closeCardRenderPool())

  it("renders cards on worker threads, as many at once as asked, with the photo in its box", async () => {
    const red = await sharp({ create: { width: 900, height: 700, channels: 3, background: "#ff0000" } }).jpeg().toBuffer()
    const cards = await Promise.all(
      ["og", "square", "og-light"].map((format) =>
        renderOnPool({ format: format as "og", shown, image: red, imageHash: "red", logo: null, logoHash: null })
      )
    )
    for (const card of cards) {
      expect(Buffer.isBuffer(card.bytes)).toBe(true)
    }
    const og = await sharp(cards[0].bytes).metadata()
    expect([og.format, og.width, og.height]).toEqual(["png", 1200, 630])
    const { data } = await sharp(cards[0].bytes).extract({ left: 100, top: 300, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true })
    expect(data[0]).toBeGreaterThan(240)
    expect(data[1]).toBeLessThan(16)
    expect((await sharp(cards[2].bytes).metadata()).format).toBe("jpeg")
    expect(threadId).toBe(0)
  })

  it("leaves a core to the server's own thread unless told", () => {
    const before = process.env.SOCIAL_CARD_RENDER_THREADS
    try {
      delete process.env.SOCIAL_CARD_RENDER_THREADS
      expect(cardRenderThreads()).toBe(Math.max(1, require("os").availableParallelism() - 1))
      process.env.SOCIAL_CARD_RENDER_THREADS = "1"
      expect(cardRenderThreads()).toBe(1)
      process.env.SOCIAL_CARD_RENDER_THREADS = "lots"
      expect(cardRenderThreads()).toBe(Math.max(1, require("os").availableParallelism() - 1))
    } finally {
      process.env.SOCIAL_CARD_RENDER_THREADS = before
      if (before === undefined) delete process.env.SOCIAL_CARD_RENDER_THREADS
    }
  })
})
