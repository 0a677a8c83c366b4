const fs = require("fs")
const os = require("os")
const path = require("path")
const { isSourceChange, watchSources } = require("./source-watch")

describe("isSourceChange", () => {
  it("restarts for the server's source and config only", () => {
    for (const p of ["src/api/s/[code]/route.ts", "src/lib/market-price.ts", "src/modules/x/index.js", "medusa-config.ts", "package.json"]) {
      expect([p, isSourceChange(p)]).toEqual([p, true])
    }
  })

  it("never for generated or data files, the admin, tests or docs", () => {
    for (const p of [
      "bench/results/share-redirect.json",
      ".data/postgres/base/1/1234",
      ".data/demo.json",
      "static/1733360000-photo.png",
      "uploads/photo.png",
      "screenshots/admin.png",
      "src/admin/routes/social/page.tsx",
      "src/lib/market-price.unit.spec.ts",
      "src/modules/x/__tests__/service.ts",
      "README.md",
      "docs/share.md",
    ]) {
      expect([p, isSourceChange(p)]).toEqual([p, false])
    }
  })
})

describe("watchSources", () => {
  it("reports a source change once and ignores a written result file", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "source-watch-"))
    fs.mkdirSync(path.join(root, "src", "lib"), { recursive: true })
    fs.mkdirSync(path.join(root, "bench", "results"), { recursive: true })
    const bursts = []
    const stop = watchSources(root, (files) => bursts.push(files), { debounceMs: 100 })
    try {
      fs.writeFileSync(path.join(root, "bench", "results", "x.json"), "{}")
      await new Promise((r) => setTimeout(r, 400))
      expect(bursts).toEqual([])
      fs.writeFileSync(path.join(root, "src", "lib", "a.ts"), "export {}")
      fs.writeFileSync(path.join(root, "src", "lib", "a.ts"), "export const a = 1")
      await new Promise((r) => setTimeout(r, 400))
      expect(bursts).toEqual([["src/lib/a.ts"]])
    } finally {
      stop()
      fs.rmSync(root, { recursive: true, force: true })
    }
  })
})
