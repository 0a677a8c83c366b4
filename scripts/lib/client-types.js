// The client's types, generated from the OpenAPI document by openapi-typescript: one source of
// truth (the routes' zod schemas), no type written twice. src/client/openapi.ts is this output;
// the unit test fails when it is stale (run `node scripts/client.js types` to refresh it).
"use strict"

const HEADER = "// Generated from the OpenAPI document (src/api/openapi) by `node scripts/client.js types`. Do not edit.\n"

async function clientTypesSource(document) {
  const { default: openapiTS, astToString } = require("openapi-typescript")
  const ast = await openapiTS(document, { alphabetize: false, exportType: false })
  return HEADER + "/* eslint-disable */\n" + astToString(ast)
}

module.exports = { clientTypesSource }
