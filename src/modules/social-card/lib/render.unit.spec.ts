import sharp from "sharp"
import { CARD_FORMAT_NAMES, CARD_FORMATS } from "../../../lib/card-formats"
import { fitImage, fitLogo } from "./image"
import { OG_LIGHT_MAX_BYTES, renderCard } from "./render"
import { LAYOUTS, STORY_SAFE, type CardContent } from "./templates"

jest.setTimeout(60_000)

const content = (over: Partial<CardContent> = {}): CardContent => ({
  title: "Crème brûlée jacket, édition spéciale",
  variantTitle: "M / Rouge",
  price: { current: "1.234,50\u00A0€", original: "1.500,00\u00A0€" },
  availability: "in stock",
  availabilityLabel: "Auf Lager",
  brandName: "Acme £ ¥",
  colors: { primary: "#111827", accent: "#e11d48", background: "#ffffff", text: "#111827" },
  image: null,
  logo: null,
  ...over,
})

describe("renderCard", () => {
  let photo: Buffer
  beforeAll(async () => {
    // A noisy photo: the hardest case for the og-light JPEG budget.
    const noise = Buffer.alloc(800 * 600 * 3)
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) % 251
    photo = await sharp(noise, { raw: { width: 800, height: 600, channels: 3 } }).jpeg().toBuffer()
  })

  it.each(CARD_FORMAT_NAMES)("renders %s as an image of the stated type and size", async (format) => {
    const L = LAYOUTS[format]
    const card = await renderCard(format, content({ image: await fitImage(photo, L.image.width, L.image.height) }))
    const meta = await sharp(card.bytes).metadata()
    const { width, height, type } = CARD_FORMATS[format]
    expect([meta.width, meta.height]).toEqual([width, height])
    expect(meta.format).toBe(type === "jpg" ? "jpeg" : "png")
    expect(card.mime).toBe(type === "jpg" ? "image/jpeg" : "image/png")
    if (format === "og-light") {
      expect(card.bytes.length).toBeLessThanOrEqual(OG_LIGHT_MAX_BYTES)
    }
  })

  it("draws the brand logo", async () => {
    const logoBytes = await sharp({ create: { width: 200, height: 100, channels: 4, background: "#e11d48" } }).png().toBuffer()
    const logo = await fitLogo(logoBytes, 128)
    expect(logo).toMatch(/^data:image\/png;base64,/)
    const card = await renderCard("og", content({ image: null, logo }))
    expect((await sharp(card.bytes).metadata()).width).toBe(1200)
  })

  it("draws the fallback design when there is no readable image", async () => {
    expect(await fitImage(Buffer.from("not an image"), 100, 100)).toBeNull()
    expect(await fitLogo(Buffer.from("nope"), 64)).toBeNull()
    const card = await renderCard("og", content({ image: null }))
    // The fallback panel is the brand's primary colour.
    const { data } = await sharp(card.bytes).extract({ left: 10, top: 10, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true })
    expect([...data.subarray(0, 3)]).toEqual([0x11, 0x18, 0x27])
  })

  it("keeps the story's text out of the top 250 and bottom 200 pixels", async () => {
    // With no image and a white background the words are the only dark pixels below the panel;
    // the bottom band must be blank background.
    const card = await renderCard("story", content({ image: null, colors: { ...content().colors, primary: "#ffffff" } }))
    const { data, info } = await sharp(card.bytes)
      .extract({ left: 0, top: 1920 - STORY_SAFE.bottom, width: 1080, height: STORY_SAFE.bottom })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
    expect(info.height).toBe(STORY_SAFE.bottom)
    expect(data.reduce((m, v) => Math.min(m, v), 255)).toBeGreaterThan(240)
    expect(LAYOUTS.story.image.height).toBeGreaterThanOrEqual(STORY_SAFE.top)
  })
})
