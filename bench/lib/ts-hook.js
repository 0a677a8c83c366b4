// Loads the plugin's TypeScript sources in a benchmark with @swc/core (already a dev dependency)
// instead of ts-node, whose TypeScript compiler would add ~100 MB to the RSS being measured.
"use strict"

const fs = require("fs")
const Module = require("module")
const { transformSync } = require("@swc/core")

Module._extensions[".ts"] = function (module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, "utf8"), {
    filename,
    jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021", transform: { legacyDecorator: true, decoratorMetadata: true } },
    module: { type: "commonjs" },
  })
  module._compile(code, filename)
}
