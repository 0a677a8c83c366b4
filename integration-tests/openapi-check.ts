/**
 * Every answer the HTTP tests receive from a plugin route is checked against the OpenAPI document
 * (route and method listed, status listed, JSON body matching that status' schema), so the
 * document cannot drift from the routes. Installed once here (jest setupFilesAfterEach of the HTTP
 * suite) by wrapping medusaIntegrationTestRunner: the `api` axios instance of every spec gets a
 * response interceptor, and a test whose answers strayed fails in its afterEach with the list.
 */
import { buildOpenApiDocument } from "../src/api/openapi/document"
import { createResponseValidator } from "../src/api/openapi/__tests__/validate-response"

const problems: string[] = []
let validator: ReturnType<typeof createResponseValidator> | null = null

/**
 * A spec that asks for an image or a feed reads the answer as bytes or text (axios'
 * `responseType`); an error answered in JSON then arrives undecoded: decode it as a client would.
 */
function jsonOf(data: unknown, type: string | undefined) {
  if (!type?.includes("json")) return data
  const text = Buffer.isBuffer(data) ? data.toString("utf8") : data instanceof ArrayBuffer ? Buffer.from(data).toString("utf8") : data
  if (typeof text !== "string") return data
  try {
    return JSON.parse(text)
  } catch {
    return data
  }
}

function checkAnswer(response: any) {
  if (!response?.config) return
  validator ??= createResponseValidator(buildOpenApiDocument())
  const { config } = response
  const url = new URL(config.url ?? "", config.baseURL ?? "http://localhost")
  const type = response.headers?.["content-type"] as string | undefined
  const found = validator.check((config.method ?? "get").toUpperCase(), url.pathname, response.status, type, jsonOf(response.data, type))
  if (found?.length) problems.push(...found)
}

function install(api: any) {
  if (api.__openapiChecked) return
  api.interceptors.response.use(
    (response: any) => {
      checkAnswer(response)
      return response
    },
    (error: any) => {
      checkAnswer(error?.response)
      return Promise.reject(error)
    }
  )
  api.__openapiChecked = true
}

jest.mock("@medusajs/test-utils", () => {
  const actual = jest.requireActual("@medusajs/test-utils")
  return {
    ...actual,
    medusaIntegrationTestRunner: (options: any) =>
      actual.medusaIntegrationTestRunner({
        ...options,
        testSuite: (ctx: any) => {
          // Runs after the runner's own beforeAll, which creates the axios instance behind `api`.
          beforeAll(() => install(ctx.api))
          return options.testSuite(ctx)
        },
      }),
  }
})

afterEach(() => {
  if (problems.length) {
    const list = [...new Set(problems.splice(0))]
    throw new Error(`Answers that do not match the OpenAPI document (src/api/openapi):\n- ${list.join("\n- ")}`)
  }
})
