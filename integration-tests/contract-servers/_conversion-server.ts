import http from "http"
import type { AddressInfo } from "net"

export type Received = { method: string; path: string; query: URLSearchParams; headers: http.IncomingHttpHeaders; body: any }
export type Reply = { status: number; body: unknown; headers?: Record<string, string> }

/**
 * A local stand-in for one platform's conversion endpoint, on 127.0.0.1 and a free port. It checks
 * each request against the platform's documented contract and answers as the platform does;
 * `failNext` makes it answer the next requests with a given error (rate limit, outage).
 */
export type ContractServer = {
  url: string
  received: Received[]
  /** Events accepted, keyed by dedup key: a repeated event_id is counted once, as the platform does. */
  accepted: Map<string, any>
  duplicates: number
  failNext(count: number, reply: Reply): void
  reset(): void
  close(): Promise<void>
}

export const HASH = /^[0-9a-f]{64}$/

export async function startContractServer(
  handle: (req: Received, server: ContractServer) => Reply
): Promise<ContractServer> {
  const failures: Reply[] = []
  const state: ContractServer = {
    url: "",
    received: [],
    accepted: new Map(),
    duplicates: 0,
    failNext(count, reply) {
      for (let i = 0; i < count; i++) failures.push(reply)
    },
    reset() {
      state.received.length = 0
      state.accepted.clear()
      state.duplicates = 0
      failures.length = 0
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (c) => chunks.push(c))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://localhost")
      let body: any = null
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : null
      } catch {
        body = Symbol.for("invalid-json")
      }
      const received: Received = { method: req.method ?? "GET", path: url.pathname, query: url.searchParams, headers: req.headers, body }
      state.received.push(received)
      const reply = failures.shift() ?? handle(received, state)
      res.writeHead(reply.status, { "content-type": "application/json", ...(reply.headers ?? {}) })
      res.end(JSON.stringify(reply.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()))
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return state
}
