import validateOptionsLoader from "./validate-options"

describe("validateOptionsLoader", () => {
  const env = { ...process.env }
  afterEach(() => {
    process.env = { ...env }
  })
  const container = (warn: jest.Mock) => ({ hasRegistration: () => true, resolve: () => ({ warn }) }) as any

  it("warns once per process outside production when the secret or the encryption key is missing", async () => {
    process.env.NODE_ENV = "development"
    delete process.env.SOCIAL_CATALOG_ENCRYPTION_KEY
    const warn = jest.fn()
    // Seven modules run the loader at boot: still one warning each.
    for (let i = 0; i < 7; i++) await validateOptionsLoader({ options: {}, container: container(warn) } as any)
    expect(warn.mock.calls.map((c) => c[0])).toEqual([
      expect.stringContaining('option "secret" is not set'),
      expect.stringContaining('option "catalogEncryptionKey"'),
    ])
  })

  it("says nothing when both are set, and refuses to boot in production instead", async () => {
    process.env.NODE_ENV = "development"
    const warn = jest.fn()
    await validateOptionsLoader({ options: { secret: "a-long-enough-secret", catalogEncryptionKey: "a-long-enough-key" }, container: container(warn) } as any)
    expect(warn).not.toHaveBeenCalled()
    process.env.NODE_ENV = "production"
    await expect(validateOptionsLoader({ options: {}, container: container(warn) } as any)).rejects.toThrow("is required in production")
    expect(warn).not.toHaveBeenCalled()
  })
})
