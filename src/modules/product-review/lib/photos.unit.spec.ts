import sharp from "sharp"
import { PhotoRejectedError, reencodePhoto } from "./photos"

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
})
