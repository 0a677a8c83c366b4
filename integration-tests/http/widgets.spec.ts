import { medusaIntegrationTestRunner } from "@medusajs/test-utils"


// The widget bundles are built from src/widgets on the first request (the app runs from its
// TypeScript source here; the package serves the files `npm run build` wrote instead, which the
// consumer test checks).
medusaIntegrationTestRunner({
  testSuite: ({ api }) => {
    // Every status is accepted, so each test reads status and headers. JavaScript comes back as a
    // string (axios' JSON parsing fails silently), JSON as an object (checked against the OpenAPI
    // document by the suite's setup).
    const get = (url: string, headers: Record<string, string> = {}) => api.get(url, { headers, validateStatus: () => true })

    it("serves the stable entry, which re-exports the hashed bundle of every widget, with a short cache and CORS", async () => {
      const res = await get("/social/widgets/v1.js")
      expect(res.status).toBe(200)
      expect(res.headers["content-type"]).toBe("text/javascript; charset=utf-8")
      expect(res.headers["cache-control"]).toBe("public, max-age=300, stale-while-revalidate=3600")
      expect(res.headers["access-control-allow-origin"]).toBe("*")
      expect(res.headers["x-content-type-options"]).toBe("nosniff")
      expect(res.data).toMatch(/^export \* from "\.\/social-widgets\.[0-9a-f]{16}\.js"\n$/)
    })

    it("serves each hashed bundle as immutable JavaScript, answers 304 to its ETag, and lists them in the manifest", async () => {
      const manifest = await get("/social/widgets/manifest.json")
      expect(manifest.status).toBe(200)
      const { stable, files } = manifest.data
      expect(stable).toBe("/social/widgets/v1.js")
      expect(Object.keys(files).sort()).toEqual(
        ["social-rating", "social-referral", "social-reviews", "social-rewards", "social-share", "social-tracker", "social-widgets"]
      )
      for (const [name, f] of Object.entries<any>(files)) {
        expect(f.url).toMatch(new RegExp(`^/social/widgets/${name}\\.[0-9a-f]{16}\\.js$`))
        expect(f.integrity).toMatch(/^sha384-/)
        const res = await get(f.url)
        expect(res.status).toBe(200)
        expect(res.headers["content-type"]).toBe("text/javascript; charset=utf-8")
        expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable")
        expect(res.headers["access-control-allow-origin"]).toBe("*")
        const body: string = res.data
        expect(Buffer.byteLength(body)).toBe(f.bytes)
        // The file defines its custom elements (the bundle of all defines every one).
        if (name !== "social-tracker") expect(body).toContain(`"${name === "social-widgets" ? "social-reviews" : name}"`)
        const etag = res.headers["etag"]
        expect((await get(f.url, { "if-none-match": etag })).status).toBe(304)
      }
    })

    it("answers 404 for an unknown hash, an unknown widget and anything that is not a widget file name", async () => {
      for (const url of [
        "/social/widgets/social-widgets.0123456789abcdef.js",
        "/social/widgets/social-nope.0123456789abcdef.js",
        "/social/widgets/v2.js",
        "/social/widgets/..%2F..%2Fpackage.json",
        "/social/widgets/social-widgets.js",
      ]) {
        const res = await get(url)
        expect([url, res.status]).toEqual([url, 404])
      }
    })

    it("needs no publishable key or session: a plain script tag loads it", async () => {
      const res = await get("/social/widgets/v1.js", { cookie: "", "x-publishable-api-key": "" })
      expect(res.status).toBe(200)
      expect(res.headers["set-cookie"]).toBeUndefined()
    })
  },
})
