import { credentialKey, mergeCredentials, openCredentials, sealCredentials } from "./sealed-credentials"

describe("sealed credentials", () => {
  const key = "a secret long enough for the tests"

  it("keeps only non-empty values, names them sorted, and opens only on its own row of its own table", () => {
    const { sealed, names } = sealCredentials(key, "social_publish_account", "spac_1", { refresh_token: "r", access_token: "t", client_id: "" })
    expect(names).toEqual(["access_token", "refresh_token"])
    expect(sealed).toMatch(/^v2\./)
    expect(sealed).not.toContain("refresh")
    expect(openCredentials(key, "social_publish_account", "spac_1", sealed!, "social account")).toEqual({ access_token: "t", refresh_token: "r" })
    // Copied onto another row, or onto a catalog channel with the same id: it does not open.
    expect(() => openCredentials(key, "social_publish_account", "spac_2", sealed!, "social account")).toThrow(
      "The credentials of social account spac_2 cannot be read with the configured catalogEncryptionKey; enter them again"
    )
    expect(() => openCredentials(key, "social_catalog_channel", "spac_1", sealed!, "channel")).toThrow("enter them again")
    expect(sealCredentials(key, "t", "r", { a: "" })).toEqual({ sealed: null, names: [] })
  })

  it("merges a change: a value replaces, null or empty removes, a name left out stays", () => {
    expect(mergeCredentials({ a: "1", b: "2", c: "3" }, { a: "9", b: null, c: undefined, d: "4", e: "" })).toEqual({ a: "9", d: "4" })
  })

  it("takes the configured key, else one derived from the plugin secret", () => {
    const saved = process.env.SOCIAL_CATALOG_ENCRYPTION_KEY
    delete process.env.SOCIAL_CATALOG_ENCRYPTION_KEY
    try {
      expect(credentialKey({ catalogEncryptionKey: "k", secret: "s" })).toBe("k")
      expect(credentialKey({ secret: "s" })).toBe("catalog-credentials:s")
    } finally {
      if (saved !== undefined) process.env.SOCIAL_CATALOG_ENCRYPTION_KEY = saved
    }
  })
})
