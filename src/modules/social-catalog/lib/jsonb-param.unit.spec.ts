import { jsonbParam } from "./jsonb-param"

describe("jsonbParam", () => {
  it("is jsonb's binary input: version 1, then the records as one JSON array", () => {
    const records = [{ id: "a", title: "Café « crème »", n: 1, nested: { list: [1, null] } }, { id: "b", feed_row: "x\n\"y\"" }]
    const buf = jsonbParam(records)
    expect(buf[0]).toBe(1)
    expect(JSON.parse(buf.subarray(1).toString("utf8"))).toEqual(records)
  })

  it("writes an empty list as []", () => {
    expect(jsonbParam([]).subarray(1).toString("utf8")).toBe("[]")
  })
})
