import sharp from "sharp"
import { CARD_FORMAT_NAMES, CARD_FORMATS } from "../../../lib/card-formats"
import { fitImage, fitLogo } from "./image"
import { JPEG_MAX_BYTES, OG_LIGHT_MAX_BYTES, renderCard } from "./render"
import { blendOver, LAYOUTS, panelBox, STORY_SAFE, type CardContent } from "./templates"

jest.setTimeout(60_000)

async function pixel(png: Buffer, left: number, top: number) {
  const { data } = await sharp(png).extract({ left, top, width: 1, height: 1 }).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  return [...data.subarray(0, 3)]
}

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
    const card = await renderCard(format, content({ image: await fitImage(photo, L.image.width, L.image.height, L.fit) }))
    const meta = await sharp(card.bytes).metadata()
    const { width, height, type } = CARD_FORMATS[format]
    expect([meta.width, meta.height]).toEqual([width, height])
    expect(meta.format).toBe(type === "jpg" ? "jpeg" : "png")
    expect(card.mime).toBe(type === "jpg" ? "image/jpeg" : "image/png")
    if (format === "og-light") {
      expect(card.bytes.length).toBeLessThanOrEqual(OG_LIGHT_MAX_BYTES)
    }
    if (type === "jpg") expect(card.bytes.length).toBeLessThanOrEqual(JPEG_MAX_BYTES)
  })

  it("draws Instagram's portrait as a 1080x1350 JPEG: the photo on top, the words below, inside 4:5", async () => {
    const { width, height, type } = CARD_FORMATS.portrait
    // Instagram takes a JPEG between 4:5 and 1.91:1.
    expect(type).toBe("jpg")
    expect(width / height).toBeGreaterThanOrEqual(4 / 5)
    const blue = await sharp({ create: { width: 1200, height: 1200, channels: 3, background: "#2563eb" } }).png().toBuffer()
    const L = LAYOUTS.portrait
    const card = await renderCard("portrait", content({ image: await fitImage(blue, L.image.width, L.image.height) }))
    const meta = await sharp(card.bytes).metadata()
    expect([meta.format, meta.width, meta.height, meta.channels]).toEqual(["jpeg", 1080, 1350, 3])
    const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) <= 14)
    expect(near(await pixel(card.bytes, 540, 450), [0x25, 0x63, 0xeb])).toBe(true)
    // Below the photo: the white panel with words (dark pixels of the title and price).
    expect(near(await pixel(card.bytes, 4, 904), [255, 255, 255])).toBe(true)
    const { data } = await sharp(card.bytes).extract({ left: 0, top: 900, width: 1080, height: 450 }).removeAlpha().raw().toBuffer({ resolveWithObject: true })
    let dark = 0
    for (let i = 0; i < data.length; i += 3) if (data[i] < 80 && data[i + 1] < 80 && data[i + 2] < 80) dark++
    expect(dark).toBeGreaterThan(2000)
  })

  it("gives TikTok the plain photo: the whole product on white, nothing drawn over it", async () => {
    // A wide red product photo: contained (not cropped) in 1080x1350, white above and below it.
    const red = await sharp({ create: { width: 1600, height: 800, channels: 3, background: "#ff0000" } }).png().toBuffer()
    const L = LAYOUTS.photo
    const card = await renderCard("photo", content({ image: await fitImage(red, L.image.width, L.image.height, L.fit), logo: "data:image/png;base64,AAAA" }))
    const meta = await sharp(card.bytes).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(["jpeg", 1080, 1350])
    const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) <= 14)
    // 1600x800 scaled to 1080 wide is 540 high, centred: rows 405 to 945 are the photo.
    expect(near(await pixel(card.bytes, 540, 675), [255, 0, 0])).toBe(true)
    expect(near(await pixel(card.bytes, 4, 4), [255, 0, 0])).toBe(false)
    expect(near(await pixel(card.bytes, 5, 420), [255, 0, 0])).toBe(true)
    expect(near(await pixel(card.bytes, 1075, 930), [255, 0, 0])).toBe(true)
    for (const [x, y] of [[540, 100], [540, 1300], [20, 380]]) expect(near(await pixel(card.bytes, x, y), [255, 255, 255])).toBe(true)
    // No text anywhere: every pixel is the photo's red or the white around it, but for the few
    // rows where JPEG blurs the two edges together (a title would be tens of thousands).
    const { data } = await sharp(card.bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true })
    let other = 0
    for (let i = 0; i < data.length; i += 3) {
      const px = [data[i], data[i + 1], data[i + 2]]
      if (!near(px, [255, 0, 0]) && !near(px, [255, 255, 255])) other++
    }
    expect(other).toBeLessThan(1080 * 10)
  })

  it("draws the brand logo beside the brand name", async () => {
    // A green logo (no template colour is green): its pixels must show up where the brand row
    // starts (the og panel's padding corner), and nowhere without a logo.
    const logoBytes = await sharp({ create: { width: 200, height: 100, channels: 4, background: "#00a86b" } }).png().toBuffer()
    const logo = await fitLogo(logoBytes, 128)
    expect(logo).toMatch(/^data:image\/png;base64,/)
    const box = panelBox("og")
    const [pt, , , pl] = LAYOUTS.og.padding
    const size = Math.round(LAYOUTS.og.titleSize * 1.1)
    const greenIn = async (png: Buffer) => {
      const { data } = await sharp(png).extract({ left: box.left + pl, top: pt, width: size, height: size }).removeAlpha().raw().toBuffer({ resolveWithObject: true })
      let n = 0
      for (let i = 0; i < data.length; i += 3) {
        if (Math.abs(data[i] - 0x00) < 24 && Math.abs(data[i + 1] - 0xa8) < 24 && Math.abs(data[i + 2] - 0x6b) < 24) n++
      }
      return n
    }
    const L = LAYOUTS.og
    const image = await fitImage(photo, L.image.width, L.image.height)
    // 200x100 contained in a square: half of the square is logo.
    expect(await greenIn((await renderCard("og", content({ image, logo }))).bytes)).toBeGreaterThan((size * size) / 3)
    expect(await greenIn((await renderCard("og", content({ image, logo: null }))).bytes)).toBe(0)
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
    // A plain blue photo and dark text: any glyph in the safe bands would show as pixels that are
    // neither the photo's blue (top) nor the white background (bottom).
    const blue = await sharp({ create: { width: 1200, height: 1200, channels: 3, background: "#3b82f6" } }).png().toBuffer()
    const L = LAYOUTS.story
    const long = "Très longue désignation de produit qui prend plusieurs lignes ".repeat(3)
    const card = await renderCard("story", content({ title: long, variantTitle: long, image: await fitImage(blue, L.image.width, L.image.height) }))
    const band = async (top: number, height: number) =>
      (await sharp(card.bytes).extract({ left: 0, top, width: 1080, height }).removeAlpha().raw().toBuffer({ resolveWithObject: true })).data
    const off = (data: Buffer, rgb: number[]) => {
      let n = 0
      for (let i = 0; i < data.length; i += 3) {
        if (Math.abs(data[i] - rgb[0]) > 8 || Math.abs(data[i + 1] - rgb[1]) > 8 || Math.abs(data[i + 2] - rgb[2]) > 8) n++
      }
      return n
    }
    expect(off(await band(0, STORY_SAFE.top), [0x3b, 0x82, 0xf6])).toBe(0)
    expect(off(await band(1920 - STORY_SAFE.bottom, STORY_SAFE.bottom), [255, 255, 255])).toBe(0)
    // And the words are there, between the bands: dark pixels below the photo.
    const words = await band(L.image.height, 1920 - STORY_SAFE.bottom - L.image.height)
    expect(off(words, [255, 255, 255])).toBeGreaterThan(1000)
  })

  it("keeps the fallback story's bottom 200 pixels blank too", async () => {
    const card = await renderCard("story", content({ image: null, colors: { ...content().colors, primary: "#ffffff" } }))
    const { data } = await sharp(card.bytes).extract({ left: 0, top: 1920 - STORY_SAFE.bottom, width: 1080, height: STORY_SAFE.bottom }).removeAlpha().raw().toBuffer({ resolveWithObject: true })
    expect(data.reduce((m, v) => Math.min(m, v), 255)).toBeGreaterThan(240)
  })

  it.each(CARD_FORMAT_NAMES.filter((f) => !LAYOUTS[f].plain))("puts the photo's pixels in the %s image box and the words panel beside it", async (format) => {
    // A solid red photo: every pixel of the image box is red, the panel starts with the background.
    const red = await sharp({ create: { width: 900, height: 700, channels: 3, background: "#ff0000" } }).png().toBuffer()
    const L = LAYOUTS[format]
    const card = await renderCard(format, content({ image: await fitImage(red, L.image.width, L.image.height) }))
    const box = panelBox(format)
    const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) <= 12)
    // 8 px in from the edges: the JPEG's chroma blocks blur the border between photo and panel.
    for (const [x, y] of [
      [8, 8],
      [L.image.width - 9, L.image.height - 9],
      [Math.floor(L.image.width / 2), Math.floor(L.image.height / 2)],
    ]) {
      expect(near(await pixel(card.bytes, x, y), [255, 0, 0])).toBe(true)
    }
    // The panel's first pixel (its padding) is the white background.
    expect(near(await pixel(card.bytes, box.left + 2, box.top + 2), [255, 255, 255])).toBe(true)
    expect(box.left + box.width).toBe(CARD_FORMATS[format].width)
    expect(box.top + box.height).toBe(CARD_FORMATS[format].height)
  })

  it("lays the words out while the photo is still being fitted (the photo as a promise)", async () => {
    const L = LAYOUTS.og
    const fitted = await fitImage(photo, L.image.width, L.image.height)
    const direct = await renderCard("og", content({ image: fitted }))
    const later = await renderCard("og", content({ image: fitImage(photo, L.image.width, L.image.height) }))
    expect(later.bytes.equals(direct.bytes)).toBe(true)
    // A photo that turns out unreadable gives the fallback design, not a failed render.
    const broken = await renderCard("og", content({ image: fitImage(Buffer.from("not an image"), L.image.width, L.image.height) }))
    expect(await pixel(broken.bytes, 10, 10)).toEqual([0x11, 0x18, 0x27])
  })

  it("refuses a photo fitted to another layout's box", async () => {
    const square = await fitImage(photo, LAYOUTS.square.image.width, LAYOUTS.square.image.height)
    await expect(renderCard("og", content({ image: square }))).rejects.toThrow(/560x630/)
  })

  it("writes opaque cards: RGB PNGs and a JPEG", async () => {
    const L = LAYOUTS.og
    const image = await fitImage(photo, L.image.width, L.image.height)
    const og = await sharp((await renderCard("og", content({ image }))).bytes).metadata()
    expect([og.format, og.channels, og.hasAlpha]).toEqual(["png", 3, false])
    const light = await sharp((await renderCard("og-light", content({ image }))).bytes).metadata()
    expect([light.format, light.channels]).toEqual(["jpeg", 3])
  })
})

describe("fitImage", () => {
  it.each([
    ["an RGB JPEG", () => sharp({ create: { width: 1600, height: 900, channels: 3, background: "#3b82f6" } }).jpeg().toBuffer()],
    ["a transparent PNG", () => sharp({ create: { width: 400, height: 400, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 0.5 } } }).png().toBuffer()],
    ["a grey PNG", () => sharp({ create: { width: 300, height: 500, channels: 3, background: "#808080" } }).greyscale().png().toBuffer()],
    ["a 16-bit PNG", () => sharp({ create: { width: 300, height: 300, channels: 3, background: "#00ff00" } }).png().toColourspace("rgb16").toBuffer()],
  ])("fits %s to raw RGB pixels of the box", async (_name, make) => {
    const image = await fitImage(await make(), 560, 630)
    expect(image).not.toBeNull()
    expect([image!.width, image!.height, image!.channels, image!.data.length]).toEqual([560, 630, 3, 560 * 630 * 3])
  })

  it("flattens transparency onto white", async () => {
    const clear = await sharp({ create: { width: 100, height: 100, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer()
    const image = await fitImage(clear, 10, 10)
    expect([...image!.data.subarray(0, 3)]).toEqual([255, 255, 255])
  })
})

describe("blendOver", () => {
  it("gives the solid colour of a colour seen through an opacity over an opaque background", () => {
    // #111827 at 60 % over white: 255 - 0.6 × (255 - channel).
    expect(blendOver("#111827", "#ffffff", 0.6)).toBe("#70747d")
    expect(blendOver("#fff", "#000", 0.5)).toBe("#808080")
    // Not a hex colour (the settings only allow hex): the caller keeps `opacity`.
    expect(blendOver("red", "#ffffff", 0.6)).toBeNull()
  })
})
