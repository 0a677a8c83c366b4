// The widget bundles as the package ships them: built by esbuild, safe to import where there is
// no DOM (server rendering), free of eval and HTML-string sinks (a strict CSP with Trusted Types
// works), named by their content, and within the size budget.
const fs = require("fs")
const os = require("os")
const path = require("path")
const { execFileSync } = require("child_process")
const { buildWidgets, writeWidgets, ENTRIES } = require("./widgets-build")

jest.setTimeout(60_000)

let assets
let dir
beforeAll(async () => {
  assets = await buildWidgets()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "social-widgets-"))
  writeWidgets(dir, assets)
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

test("one bundle per widget plus one of all, each named by the hash of its bytes", () => {
  expect(assets.map((a) => a.name).sort()).toEqual(Object.keys(ENTRIES).sort())
  for (const a of assets) expect(a.file).toBe(`${a.name}.${require("crypto").createHash("sha256").update(a.code).digest("hex").slice(0, 16)}.js`)
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"))
  expect(manifest.files["social-widgets"].file).toBe(assets.find((a) => a.name === "social-widgets").file)
})

test("every bundle imports in Node without a DOM (server rendering); the tracker does nothing there", () => {
  const script = assets
    .map((a) => `await import(${JSON.stringify(path.join(dir, `${a.name}.js`))})`)
    .concat(["const m = await import(" + JSON.stringify(path.join(dir, "social-widgets.js")) + ")", "console.log(JSON.stringify({ keys: Object.keys(m).sort(), track: await m.trackLanding() }))"])
    .join(";")
  const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }))
  expect(out.keys).toEqual(expect.arrayContaining(["configure", "trackLanding", "bindCart", "SocialReviewsElement", "SocialClientError"]))
  expect(out.track).toEqual({ recorded: false, visitor_id: null, skipped: "no browser" })
})

test("no eval, no Function constructor, no innerHTML or document.write (strict CSP, Trusted Types)", () => {
  for (const a of assets) {
    const code = a.code.toString()
    expect([a.name, /\beval\(|new Function\(|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/.exec(code)?.[0] ?? null]).toEqual([a.name, null])
  }
})

test("all widgets together stay within 40 KB gzipped", () => {
  const all = assets.find((a) => a.name === "social-widgets")
  expect(all.gzip_bytes).toBeLessThanOrEqual(40 * 1024)
})
