// blockedFolder decides whether root's embedded PostgreSQL must run from a copy of its binaries
// and where its data may live: the folder it names is the one the error message tells to fix.
const fs = require("fs")
const os = require("os")
const path = require("path")
const { blockedFolder } = require("./embedded-pg-root")

describe("blockedFolder", () => {
  let top
  beforeEach(() => {
    top = fs.mkdtempSync(path.join(os.tmpdir(), "social-blocked-"))
    fs.chmodSync(top, 0o755)
  })
  afterEach(() => fs.rmSync(top, { recursive: true, force: true }))

  // A user that owns nothing here and is in none of its groups: only the bits for others count.
  const stranger = { uid: 99999, gid: 99999 }

  it("names the first folder on the way down that others may not enter", () => {
    const inner = path.join(top, "private", "checkout", "node_modules")
    fs.mkdirSync(inner, { recursive: true })
    fs.chmodSync(path.join(top, "private"), 0o700)
    fs.chmodSync(path.join(top, "private", "checkout"), 0o700)
    expect(blockedFolder(inner, stranger)).toBe(path.join(top, "private"))
  })

  it("lets through folders with search permission only (o+x, not readable)", () => {
    const inner = path.join(top, "private", "data")
    fs.mkdirSync(inner, { recursive: true })
    fs.chmodSync(path.join(top, "private"), 0o701)
    expect(blockedFolder(inner, stranger)).toBeNull()
  })

  it("checks a folder that does not exist yet by its existing parents", () => {
    fs.mkdirSync(path.join(top, "private"))
    fs.chmodSync(path.join(top, "private"), 0o700)
    expect(blockedFolder(path.join(top, "private", "later", "data"), stranger)).toBe(path.join(top, "private"))
  })

  it("uses the owner's and the group's bits for the user that owns the folder or shares its group", () => {
    const dir = path.join(top, "grouped")
    fs.mkdirSync(dir)
    fs.chmodSync(dir, 0o710)
    const { uid, gid } = fs.statSync(dir)
    expect(blockedFolder(dir, { uid: 99999, gid })).toBeNull()
    expect(blockedFolder(dir, stranger)).toBe(dir)
    fs.chmodSync(dir, 0o071) // the owner's own bits deny it even where others may enter
    expect(blockedFolder(dir, { uid, gid: 99999 })).toBe(dir)
  })

  it("walks the real path behind a symlink too", () => {
    const hidden = path.join(top, "hidden")
    fs.mkdirSync(path.join(hidden, "pkg"), { recursive: true })
    fs.chmodSync(hidden, 0o700)
    fs.symlinkSync(path.join(hidden, "pkg"), path.join(top, "link"))
    expect(blockedFolder(path.join(top, "link"), stranger)).toBe(hidden)
  })
})
