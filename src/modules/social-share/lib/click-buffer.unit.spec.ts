import { decodeClick, encodeClick, MemoryClickBuffer } from "./click-buffer"

describe("MemoryClickBuffer", () => {
  it("aggregates per link: bots and self apart, visitors distinct", () => {
    const buf = new MemoryClickBuffer()
    const t = 1_700_000_000_000
    buf.add({ share_link_id: "a", at: t + 5, bot: false, self: false, visitor: "v1" })
    buf.add({ share_link_id: "a", at: t, bot: false, self: false, visitor: "v1" })
    buf.add({ share_link_id: "a", at: t + 1, bot: false, self: false, visitor: "v2" })
    buf.add({ share_link_id: "a", at: t + 2, bot: true, self: false, visitor: null })
    buf.add({ share_link_id: "a", at: t + 3, bot: false, self: true, visitor: null })
    buf.add({ share_link_id: "b", at: t, bot: false, self: false, visitor: "v1" })
    expect(buf.pending).toBe(6)
    const batch = buf.drain()!
    expect(buf.pending).toBe(0)
    expect(buf.drain()).toBeNull()
    const a = batch.entries.find((e) => e.share_link_id === "a")!
    expect(a).toMatchObject({ clicks: 5, bot_clicks: 1, self_clicks: 1 })
    expect(a.visitors.sort()).toEqual(["v1", "v2"])
    expect(a.first_click_at.getTime()).toBe(t)
    expect(a.last_click_at.getTime()).toBe(t + 5)
  })

  it("restores a failed batch into the next one, also from serialised dates", () => {
    const buf = new MemoryClickBuffer()
    buf.add({ share_link_id: "a", at: 10, bot: false, self: false, visitor: "v1" })
    const batch = JSON.parse(JSON.stringify(buf.drain()))
    buf.add({ share_link_id: "a", at: 20, bot: true, self: false, visitor: null })
    buf.restore(batch)
    const next = buf.drain()!
    expect(next.entries[0]).toMatchObject({ clicks: 2, bot_clicks: 1, visitors: ["v1"] })
    expect(next.entries[0].first_click_at.getTime()).toBe(10)
  })

  it("encodes clicks for Redis and back", () => {
    const c = { share_link_id: "sshl_1", at: 123, bot: false, self: true, visitor: null }
    expect(decodeClick(encodeClick(c))).toEqual(c)
    expect(decodeClick("garbage")).toBeNull()
  })
})
