import { renderTemplate, templatePlaceholders } from "./template"

describe("post templates", () => {
  it("puts each market's values in", () => {
    const template = "{title} – {price}\n{link}"
    expect(renderTemplate(template, { title: "Trail Tee", price: "12,50 €", link: "https://s.example/s/abc" }).text).toBe(
      "Trail Tee – 12,50 €\nhttps://s.example/s/abc"
    )
    expect(renderTemplate(template, { title: "Trail Tee", price: "$13.00", link: "https://s.example/s/def" }).text).toBe(
      "Trail Tee – $13.00\nhttps://s.example/s/def"
    )
  })

  it("names placeholders that do not exist and those without a value", () => {
    expect(templatePlaceholders("{title} {prize} {link} {prize}")).toEqual({ used: ["title", "link"], unknown: ["prize"] })
    const r = renderTemplate("Now {sale_price} instead of {original_price}", { original_price: "20 €", sale_price: null })
    expect(r.missing).toEqual(["sale_price"])
    expect(r.text).toBe("Now {sale_price} instead of 20 €")
  })

  it("leaves braces that are not placeholders alone", () => {
    expect(renderTemplate("{ not one } {Title}", { title: "x" })).toEqual({ text: "{ not one } {Title}", missing: [], unknown: [] })
  })
})
