const { isCI, missingPrerequisite } = require("./prerequisites")

describe("missingPrerequisite", () => {
  const run = (env) => {
    const lines = []
    const code = missingPrerequisite("redis", "no Redis answers at redis://127.0.0.1:6379", {
      env,
      log: (l) => lines.push(["out", l]),
      error: (l) => lines.push(["err", l]),
    })
    return { code, lines }
  }

  it("fails in CI with a message and a counted failure", () => {
    const { code, lines } = run({ CI: "true" })
    expect(code).toBe(1)
    expect(lines).toEqual([
      ["err", expect.stringMatching(/^redis test: FAILED — no Redis answers at redis:\/\/127\.0\.0\.1:6379\. CI=true/)],
      ["out", "redis: 0 passed, 1 failed"],
    ])
  })

  it("skips with a message outside CI", () => {
    for (const env of [{}, { CI: "" }, { CI: "false" }, { CI: "0" }]) {
      const { code, lines } = run(env)
      expect(code).toBe(0)
      expect(lines).toEqual([
        ["out", "redis test: SKIPPED — no Redis answers at redis://127.0.0.1:6379."],
        ["out", "redis: 0 passed, 0 failed, 1 skipped"],
      ])
    }
  })

  it("reads CI as CI services set it", () => {
    expect(["true", "TRUE", "1", "yes", " true "].map((CI) => isCI({ CI }))).toEqual([true, true, true, true, true])
    expect(["false", "0", "", undefined].map((CI) => isCI({ CI }))).toEqual([false, false, false, false])
  })
})
