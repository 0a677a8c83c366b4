import { CATALOGS, normalizeLocale, pickLocale, t } from "./i18n"

describe("widget i18n", () => {
  it("picks the first given of locale, lang, configured and page language, English otherwise", () => {
    expect(pickLocale("fr-FR", "en", "de")).toBe("fr-FR")
    expect(pickLocale(null, " fr_ca ", "en")).toBe("fr-CA")
    expect(pickLocale(undefined, "", null)).toBe("en")
    expect(pickLocale("not a locale!!")).toBe("en")
  })

  it("normalises spellings so fr_fr and FR-fr are the same language", () => {
    expect(normalizeLocale("fr_fr")).toBe("fr-FR")
    expect(normalizeLocale("FR-fr")).toBe("fr-FR")
  })

  it("speaks French for any French locale and fills placeholders", () => {
    expect(t("fr-BE", "shareVia", { network: "X" })).toBe("Partager sur X")
    expect(t("en-GB", "shareVia", { network: "X" })).toBe("Share on X")
  })

  it("chooses singular or plural by the locale's rules", () => {
    expect(t("en", "reviewCount", { count: 1 })).toBe("1 review")
    expect(t("en", "reviewCount", { count: 0 })).toBe("0 reviews")
    expect(t("fr", "friendsJoined", { count: 0 })).toBe("0 ami inscrit") // French: 0 is singular
    expect(t("fr", "friendsJoined", { count: 2 })).toBe("2 amis inscrits")
  })

  it("falls back to English for a language it does not have", () => {
    expect(t("de-DE", "copyLink")).toBe("Copy link")
  })

  it("has every English message in French, with the same placeholders", () => {
    const { en, fr } = CATALOGS
    const missing = Object.keys(en).filter((k) => !(k in fr))
    expect(missing).toEqual([])
    for (const [k, text] of Object.entries(en)) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      expect([k, names(fr[k as keyof typeof fr]!)]).toEqual([k, names(text!)])
    }
  })
})
