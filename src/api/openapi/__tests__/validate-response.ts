import Ajv2020 from "ajv/dist/2020"
import addFormats from "ajv-formats"
import type { AnySchemaObject } from "ajv"
import type { OpenApiDocument } from "../document"

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }
type Matcher = { pattern: RegExp; template: string }

/**
 * Checks answers against the OpenAPI document: the route and method must have an entry, the
 * status must be one it lists, and a JSON body must match that status' schema. Used by the HTTP
 * tests for every answer they receive, and by the document's own unit test for its examples.
 */
export function createResponseValidator(doc: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  // The document's components, reachable as "openapi.json#/components/schemas/X".
  ajv.addSchema({ $id: "openapi.json", components: doc.components ?? {} } as AnySchemaObject)
  const compiled = new Map<object, ReturnType<typeof ajv.compile>>()
  const compile = (schema: object) => {
    let v = compiled.get(schema)
    if (!v) {
      v = ajv.compile(rebase(schema))
      compiled.set(schema, v)
    }
    return v
  }
  const matchers: Matcher[] = Object.keys(doc.paths ?? {}).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}$`),
  }))
  // A literal segment beats a parameter: /channels/destinations before /channels/{id}.
  matchers.sort((a, b) => a.template.split("{").length - b.template.split("{").length)

  function templateOf(path: string): string | null {
    return matchers.find((m) => m.pattern.test(path))?.template ?? null
  }

  /** Problems with one answer ([] when it conforms); null when the path is not the plugin's. */
  function check(method: string, path: string, status: number, contentType: string | undefined, body: unknown): string[] | null {
    const template = templateOf(path)
    if (!template) return null
    const op = (doc.paths as Record<string, Record<string, Operation>>)[template][method.toLowerCase()]
    if (!op) return [`${method} ${template}: no operation in the OpenAPI document`]
    const response = op.responses?.[String(status)]
    if (!response) return [`${method} ${template}: status ${status} is not in the OpenAPI document (${Object.keys(op.responses ?? {}).join(", ")})`]
    if (!contentType?.includes("application/json")) return []
    const schema = response.content?.["application/json"]?.schema
    if (!schema) return [`${method} ${template} ${status}: answered JSON but the document lists no JSON schema`]
    const validate = compile(schema as object)
    if (validate(body)) return []
    return (validate.errors ?? []).slice(0, 5).map((e) => `${method} ${template} ${status}: body${e.instancePath} ${e.message}${"additionalProperty" in e.params ? ` '${String(e.params.additionalProperty)}'` : ""}`)
  }

  return { check, templateOf, validateSchema: (schema: object, value: unknown) => (compile(schema)(value) ? [] : compile(schema).errors ?? []) }
}

/** Points the document's local refs at the registered components schema. */
function rebase(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#\/components\//g, '"$ref":"openapi.json#/components/'))
}
