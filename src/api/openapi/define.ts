import { z } from "@medusajs/framework/zod"
import type {
  ZodOpenApiContentObject,
  ZodOpenApiOperationObject,
  ZodOpenApiParameters,
  ZodOpenApiPathsObject,
  ZodOpenApiResponsesObject,
} from "zod-openapi"
import { ErrorResponse } from "./common"

/**
 * Who may call a route:
 * - `publishable`: the store's publishable API key header (`x-publishable-api-key`);
 * - `customer`: that key plus a logged-in customer (bearer JWT or session cookie);
 * - `customer-optional`: the key, and a customer when one is logged in (it changes the answer);
 * - `admin`: an admin user's bearer JWT or session, or a secret API key (HTTP basic);
 * - `public`: nothing (opened by browsers and crawlers directly).
 */
export type Auth = "publishable" | "customer" | "customer-optional" | "admin" | "public"

const SECURITY: Record<Auth, Record<string, string[]>[]> = {
  publishable: [{ publishableKey: [] }],
  customer: [
    { publishableKey: [], bearer: [] },
    { publishableKey: [], session: [] },
  ],
  "customer-optional": [{ publishableKey: [] }, { publishableKey: [], bearer: [] }, { publishableKey: [], session: [] }],
  admin: [{ bearer: [] }, { session: [] }, { secretApiKey: [] }],
  public: [],
}

const ERROR_TEXT: Record<number, string> = {
  400: "Invalid request: the message names the field ('Invalid request: <field>: <problem>')",
  401: "Not authenticated",
  404: "Not found",
  409: "Conflict",
  422: "Duplicate",
}

type JsonResponse = { status: number; schema: z.ZodType; example: unknown; description?: string; headers?: Record<string, z.ZodType> }
type RawResponse = {
  status: number
  description: string
  content?: Record<string, { schema?: z.ZodType; example?: unknown }>
  headers?: Record<string, z.ZodType>
}

export type RouteSpec = {
  summary: string
  description?: string
  tags: string[]
  auth: Auth
  path?: z.ZodObject
  query?: z.ZodType
  /** Request headers the route reads (besides auth). */
  header?: z.ZodObject
  /** JSON body (and its example). */
  body?: { schema: z.ZodType; example: unknown; multipart?: z.ZodType }
  /** The success answer(s): JSON with a schema and an example, or raw (HTML, images, feeds, redirects). */
  responses: (JsonResponse | RawResponse)[]
  /** Error statuses the route answers with Medusa's error body. */
  errors?: number[]
}

const errorResponse = (status: number) => ({
  description: ERROR_TEXT[status] ?? "Error",
  content: { "application/json": { schema: ErrorResponse } },
})

/**
 * Any POST or DELETE can be refused with a 400 even without a body (a workflow's INVALID_DATA or
 * NOT_ALLOWED: approving a grant that is not waiting, deleting what is in use).
 */
export function withActionErrors(paths: ZodOpenApiPathsObject): ZodOpenApiPathsObject {
  for (const item of Object.values(paths)) {
    for (const op of [item.post, item.delete]) {
      if (op && !op.responses["400"]) op.responses["400"] = errorResponse(400)
    }
  }
  return paths
}

const headersOf = (headers?: Record<string, z.ZodType>) =>
  headers ? Object.fromEntries(Object.entries(headers).map(([k, schema]) => [k, { schema }])) : undefined

/** One OpenAPI operation from a route's spec: its auth, parameters, body, answers and errors. */
export function route(spec: RouteSpec): ZodOpenApiOperationObject {
  const responses: ZodOpenApiResponsesObject = {}
  for (const r of spec.responses) {
    if ("schema" in r) {
      responses[String(r.status)] = {
        description: r.description ?? "OK",
        headers: headersOf(r.headers),
        content: { "application/json": { schema: r.schema, example: r.example } },
      }
    } else {
      responses[String(r.status)] = { description: r.description, headers: headersOf(r.headers), content: r.content as ZodOpenApiContentObject | undefined }
    }
  }
  const errors = new Set(spec.errors ?? [])
  if (spec.query || spec.body) errors.add(400)
  if (spec.auth === "customer" || spec.auth === "admin") errors.add(401)
  for (const status of [...errors].sort()) {
    responses[String(status)] = errorResponse(status)
  }
  const requestParams: ZodOpenApiParameters = {}
  if (spec.path) requestParams.path = spec.path
  // A query schema may be any zod type (an object with refinements); the document reads its shape.
  if (spec.query) requestParams.query = spec.query as ZodOpenApiParameters["query"]
  if (spec.header) requestParams.header = spec.header
  const op: ZodOpenApiOperationObject = {
    summary: spec.summary,
    description: spec.description,
    tags: spec.tags,
    security: SECURITY[spec.auth],
    "x-auth": spec.auth,
    requestParams: Object.keys(requestParams).length ? requestParams : undefined,
    responses,
  }
  if (spec.body) {
    op.requestBody = {
      required: true,
      content: {
        "application/json": { schema: spec.body.schema, example: spec.body.example },
        ...(spec.body.multipart ? { "multipart/form-data": { schema: spec.body.multipart } } : {}),
      },
    }
  }
  return op
}

export const idParam = (name = "id", example = "prod_01J...") =>
  z.object({ [name]: z.string().meta({ example }) })
