import fs from "fs"
import path from "path"

export type WidgetAsset = { name: string; hash: string; file: string; code: Buffer; integrity: string; bytes: number; gzip_bytes: number }

/** URL path of the widget routes (outside /store: a script tag needs no publishable key). */
export const WIDGETS_PATH = "/social/widgets"
/** The stable entry: a one-line module that re-exports the current hashed bundle of all widgets. */
export const STABLE_FILE = "v1.js"
export const ALL_BUNDLE = "social-widgets"

// From src/api/social/widgets (source) or .medusa/server/src/api/social/widgets (the package):
// four levels up is the repository root or .medusa/server. The package build writes the bundles
// to .medusa/server/widgets (scripts/build-widgets.js).
const ROOT = path.resolve(__dirname, "..", "..", "..", "..")
const BUILT_DIR = path.join(ROOT, "widgets")
const FROM_SOURCE = __filename.endsWith(".ts")

let loading: Promise<Map<string, WidgetAsset>> | null = null

async function readBuilt(): Promise<WidgetAsset[]> {
  const manifest = JSON.parse(await fs.promises.readFile(path.join(BUILT_DIR, "manifest.json"), "utf8")) as {
    files: Record<string, Omit<WidgetAsset, "name" | "code">>
  }
  return Promise.all(
    Object.entries(manifest.files).map(async ([name, f]) => ({
      name,
      ...f,
      code: await fs.promises.readFile(path.join(BUILT_DIR, `${name}.js`)),
    }))
  )
}

// Running from the TypeScript source (tests, `npm run demo`), the bundles are built in memory
// with esbuild (a dev dependency) on first use, so they always match the source.
async function buildFromSource(): Promise<WidgetAsset[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildWidgets } = require(path.join(ROOT, "scripts", "lib", "widgets-build.js"))
  return buildWidgets()
}

/** The bundles by hashed file name, read (or built) once per process. */
export function widgetAssets(): Promise<Map<string, WidgetAsset>> {
  loading ??= (async () => {
    const assets = fs.existsSync(path.join(BUILT_DIR, "manifest.json")) ? await readBuilt() : FROM_SOURCE ? await buildFromSource() : []
    if (!assets.length) {
      throw new Error(`widget bundles are missing from ${BUILT_DIR}: build the plugin with \`npm run build\``)
    }
    return new Map(assets.map((a) => [a.file, a]))
  })()
  loading.catch(() => {
    loading = null
  })
  return loading
}

/** The stable module: re-exports the current bundle of all widgets by its hashed (immutable) URL. */
export function stableModule(assets: Map<string, WidgetAsset>): string {
  const all = [...assets.values()].find((a) => a.name === ALL_BUNDLE)!
  return `export * from "./${all.file}"\n`
}

/** What storefronts read to put hashed URLs and SRI hashes in their own pages. */
export function manifestBody(assets: Map<string, WidgetAsset>) {
  return {
    stable: `${WIDGETS_PATH}/${STABLE_FILE}`,
    files: Object.fromEntries(
      [...assets.values()].map((a) => [a.name, { url: `${WIDGETS_PATH}/${a.file}`, integrity: a.integrity, bytes: a.bytes, gzip_bytes: a.gzip_bytes }])
    ),
  }
}
