import sharp from "sharp"
import { PhotoRejectedError, reencodePhoto } from "./photos"
import { pngBomb } from "../../../../integration-tests/helpers/png-bomb"

const limits = { maxBytes: 2_000_000, maxDimension: 400 }

async function jpegWithExif(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: "#c0392b" } })
    .jpeg()
    .withExif({ IFD0: { Copyright: "secret-owner", ImageDescription: "home address" } })
    .toBuffer()
}

describe("reencodePhoto", () => {
  it("re-encodes to a JPEG within the size limit and drops EXIF", async () => {
    const input = await jpegWithExif(1200, 600)
    expect((await sharp(input).metadata()).exif).toBeDefined()

    const out = await reencodePhoto(input, limits)
    const meta = await sharp(out.buffer).metadata()
    expect(meta.format).toBe("jpeg")
    expect([meta.width, meta.height]).toEqual([400, 200])
    expect([out.width, out.height, out.size]).toEqual([400, 200, out.buffer.length])
    expect(meta.exif).toBeUndefined()
    expect(meta.icc).toBeUndefined()
    expect(out.buffer.includes(Buffer.from("secret-owner"))).toBe(false)
  })

  it("accepts PNG and never enlarges a small photo", async () => {
    const png = await sharp({ create: { width: 50, height: 80, channels: 4, background: "#00000000" } }).png().toBuffer()
    const out = await reencodePhoto(png, limits)
    expect([out.width, out.height, out.mime_type]).toEqual([50, 80, "image/jpeg"])
  })

  it("refuses what is not an image, an unsupported format, or a file over the limit", async () => {
    await expect(reencodePhoto(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), limits)).rejects.toThrow(PhotoRejectedError)
    await expect(reencodePhoto(Buffer.from("hello, not an image"), limits)).rejects.toThrow("is not an image")
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#fff" } }).gif().toBuffer()
    await expect(reencodePhoto(gif, limits)).rejects.toThrow(/must be one of/)
    await expect(reencodePhoto(Buffer.alloc(3_000_000), limits)).rejects.toThrow(/larger than/)
  })

  it("refuses a decompression bomb from its header, without decoding it", async () => {
    const bomb = pngBomb(20_000, 20_000)
    expect(bomb.length).toBeLessThan(100_000)
    const before = process.memoryUsage().rss
    await expect(reencodePhoto(bomb, { ...limits, maxPixels: 40_000_000 })).rejects.toThrow("is 20000x20000 pixels; at most 40 megapixels")
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024)
    // Just under the limit is a photo.
    const ok = await reencodePhoto(pngBomb(2000, 1000), { ...limits, maxPixels: 2_000_000 })
    expect([ok.width, ok.height]).toEqual([400, 200])
  })

  it("decodes at most two photos at a time in a process", async () => {
    const sharpModule = jest.requireActual("sharp")
    let active = 0
    let most = 0
    const original = sharpModule.prototype.toBuffer
    const spy = jest.spyOn(sharpModule.prototype, "toBuffer").mockImplementation(async function (this: any, ...args: any[]) {
      active++
      most = Math.max(most, active)
      try {
        await new Promise((r) => setTimeout(r, 20))
        return await original.apply(this, args)
      } finally {
        active--
      }
    })
    try {
      const photo = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#123456" } }).jpeg().toBuffer()
      const out = await Promise.all(Array.from({ length: 6 }, () => reencodePhoto(photo, limits)))
      expect(out).toHaveLength(6)
    } finally {
      spy.mockRestore()
    }
    expect(most).toBe(2)
  })
})
