const { render } = require("./bench-docs")
const { checkTarget } = require("../bench/_report")

describe("bench-docs", () => {
  const result = {
    benchmark: "share-redirect",
    at: "2026-12-05T06:00:00.000Z",
    machine: { cpus: 2, cpu_model: "Test CPU", memory_gb: 8, node: "v20.20.0", platform: "linux 6", load_average_1m: 1.5 },
    description: "redirects per second against /health",
    baseline: "Medusa's /health on the same server",
    headline: ["ratio_vs_health", "p99_ms"],
    targets: { ratio_vs_health: ">= 0.8", p99_ms: "<= 1.5 * health_p99_ms", lost_clicks: "= 0" },
    ratio_vs_health: 0.7,
    p99_ms: 20,
    health_p99_ms: 15,
    lost_clicks: 0,
    nested: { a: 1 },
  }

  it("checks targets, also relative to another figure", () => {
    expect(checkTarget(result, "ratio_vs_health", ">= 0.8")).toEqual({ value: 0.7, limit: 0.8, met: false })
    expect(checkTarget(result, "p99_ms", "<= 1.5 * health_p99_ms")).toEqual({ value: 20, limit: 22.5, met: true })
    expect(checkTarget(result, "nested.a", "1")).toEqual({ value: 1, limit: 1, met: true })
    expect(checkTarget(result, "absent", "<= 1").met).toBeNull()
  })

  it("writes a section per result with its command, baseline, verdicts and other figures", () => {
    const page = render([result, { benchmark: "another", at: "2026-12-04T00:00:00Z", x: 3 }], ["broken.json: Unexpected token"])
    expect(page).toContain("Command: `npm run bench -- share-redirect`")
    expect(page).toContain("Baseline: Medusa's /health on the same server")
    expect(page).toContain("| ratio_vs_health | 0.7 | >= 0.8 | **missed** |")
    expect(page).toContain("| p99_ms | 20 | <= 1.5 * health_p99_ms (= 22.5) | met |")
    expect(page).toContain("| nested.a | 1 |")
    expect(page).toContain("2 CPUs, Test CPU, 8 GB")
    expect(page).toContain("| [share-redirect](#share-redirect) | 2026-12-05T06:00:00.000Z | 2 of 3 |")
    expect(page).toContain("## another")
    expect(page).toContain("`broken.json: Unexpected token`")
    expect(page.indexOf("## another")).toBeLessThan(page.indexOf("## share-redirect"))
  })
})
