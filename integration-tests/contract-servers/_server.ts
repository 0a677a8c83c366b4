/**
 * The small HTTP server under every platform contract server: 127.0.0.1, a free port chosen by the
 * kernel, JSON in and out, and a record of every request for the tests' assertions.
 */
import http from "node:http"
import type { AddressInfo } from "node:net"

export type ReceivedRequest = {
  method: string
  path: string
  query: URLSearchParams
  headers: http.IncomingHttpHeaders
  body: any
  bytes: number
  /** The body as received (an uploaded image's bytes). */
  raw: Buffer
}

/** `drop`: the platform did the work but the answer never arrives (the connection is cut). */
export type Reply = { status?: number; headers?: Record<string, string>; body?: unknown; drop?: boolean }

export type Handler = (req: ReceivedRequest) => Reply | Promise<Reply>

export type ContractServer = {
  url: string
  received: ReceivedRequest[]
  /** Calls under way right now, and the most there ever were at once (concurrency assertions). */
  inFlight: () => number
  maxInFlight: () => number
  close: () => Promise<void>
}

export async function startJsonServer(handler: Handler, options: { latencyMs?: number } = {}): Promise<ContractServer> {
  const received: ReceivedRequest[] = []
  let inFlight = 0
  let maxInFlight = 0
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", async () => {
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      const raw = Buffer.concat(chunks)
      const url = new URL(req.url ?? "/", "http://127.0.0.1")
      let body: any = null
      if (raw.length) {
        try {
          body = JSON.parse(raw.toString("utf8"))
        } catch {
          body = raw.toString("utf8")
        }
      }
      const request: ReceivedRequest = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
        bytes: raw.length,
        raw,
      }
      received.push(request)
      let reply: Reply
      try {
        if (options.latencyMs) {
          await new Promise((r) => setTimeout(r, options.latencyMs))
        }
        reply = await handler(request)
      } catch (error) {
        reply = { status: 500, body: { message: (error as Error).message } }
      }
      inFlight--
      if (reply.drop) {
        req.socket.destroy()
        return
      }
      const text = reply.body === undefined ? "" : JSON.stringify(reply.body)
      res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...(reply.headers ?? {}) })
      res.end(text)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    inFlight: () => inFlight,
    maxInFlight: () => maxInFlight,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.()
        server.close(() => resolve())
      }),
  }
}

/**
 * "After N answered calls, answer M calls with the platform's throttle": the configurable throttle
 * every contract server offers. `times` Infinity keeps throttling.
 */
export class ThrottlePlan {
  private calls = 0
  private throttled = 0
  constructor(private readonly plan: { after: number; times?: number } | null = null) {}

  /** Counts a call; true when this one must be answered with a throttle. */
  hit(): boolean {
    this.calls++
    if (!this.plan) return false
    const times = this.plan.times ?? 1
    if (this.calls > this.plan.after && this.throttled < times) {
      this.throttled++
      return true
    }
    return false
  }

  get throttledCount() {
    return this.throttled
  }
}
