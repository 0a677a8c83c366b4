import type Sharp from "sharp"
import type Satori from "satori"

// sharp (libvips) and satori (yoga in WASM) each add about 19 MB of RSS to the process that loads
// them (measured in a bare Node process). Most of the plugin's processes never draw an image: a
// worker building feeds, a server answering share redirects. So they are loaded on first use.

let sharpLib: typeof Sharp | undefined
let satoriLib: typeof Satori | undefined

/** sharp, loaded on first use. */
export function loadSharp(): typeof Sharp {
  if (!sharpLib) {
    sharpLib = require("sharp") as typeof Sharp
    // Each card is rasterised once and then stored, and each review photo is re-encoded once:
    // libvips' operation cache would only hold memory for reuse that never comes (measured in
    // bench/cards.js, peak RSS).
    sharpLib.cache(false)
  }
  return sharpLib
}

/** satori, loaded on first use. */
export function loadSatori(): typeof Satori {
  satoriLib ??= (require("satori") as { default: typeof Satori }).default
  return satoriLib
}
