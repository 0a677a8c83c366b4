/**
 * The fetch a channel's provider calls with in production: the host of every call is resolved
 * when the call is made, and a host that resolves to a private, loopback, link-local,
 * unique-local or CGNAT address is refused before a connection is opened. The check at save time
 * (`privateResolutionProblems`) is not enough: a name can resolve to a public address when an
 * admin saves it and to 169.254.169.254 or 10.0.0.5 afterwards (DNS rebinding). The address that
 * was checked is the one connected to: the lookup is handed to `http(s).request`, so the check and
 * the connection cannot see two different answers. TLS still verifies the certificate against the
 * host name.
 *
 * Hosts in the plugin's `catalogPrivateHosts` (an egress proxy in the private network, set by
 * whoever deploys the store) may resolve to private addresses.
 */
import http from "node:http"
import https from "node:https"
import { lookup as dnsLookup } from "node:dns/promises"
import { isIP, type LookupFunction } from "node:net"
import { isPrivateAddress } from "../endpoints"

export type ResolvedAddress = { address: string; family: number }
/** Resolves a host name to its addresses (injectable: tests answer what a rebinding DNS would). */
export type Resolve = (hostname: string) => Promise<ResolvedAddress[]>

export const systemResolve: Resolve = (hostname) => dnsLookup(hostname, { all: true })

/** A call refused because its host resolves to the private network: the run fails, nothing is retried. */
export class PrivateAddressError extends Error {
  constructor(readonly host: string, readonly address: string) {
    super(`${host} resolves to ${address}, a private, loopback or link-local address: refused in production`)
    this.name = "PrivateAddressError"
  }
}

function headersOf(init: RequestInit | undefined): Record<string, string> {
  return Object.fromEntries(new Headers(init?.headers).entries())
}

/**
 * A fetch that refuses private addresses at call time. `privateHosts`: host names allowed to be
 * private anyway. Only what the providers use: method, headers, a string or bytes body.
 */
export function guardedFetch(options: { privateHosts?: string[]; resolve?: Resolve } = {}): typeof fetch {
  const resolve = options.resolve ?? systemResolve
  const trusted = new Set((options.privateHosts ?? []).map((h) => h.toLowerCase().replace(/^\[|\]$/g, "")))

  const guarded = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === "string" || input instanceof URL ? input.toString() : input.url)
    const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase()
    const allowPrivate = trusted.has(host)
    if (isIP(host) && !allowPrivate && isPrivateAddress(host)) throw new PrivateAddressError(host, host)

    // The connection's own lookup: checked here, then connected to the address checked.
    const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
      resolve(hostname).then(
        (addresses) => {
          const bad = allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address))
          if (bad) return callback(new PrivateAddressError(hostname, bad.address), "", 0)
          if (!addresses.length) return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), "", 0)
          if ((lookupOptions as { all?: boolean }).all) return (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, addresses)
          callback(null, addresses[0].address, addresses[0].family)
        },
        (error: Error) => callback(error as NodeJS.ErrnoException, "", 0)
      )
    }

    const body = init?.body == null ? undefined : typeof init.body === "string" ? init.body : Buffer.from(init.body as ArrayBuffer)
    const transport = url.protocol === "https:" ? https : http
    return new Promise<Response>((resolveResponse, reject) => {
      const req = transport.request(url, { method: init?.method ?? "GET", headers: headersOf(init), lookup }, (res) => {
        const chunks: Buffer[] = []
        res.on("data", (c: Buffer) => chunks.push(c))
        res.on("error", reject)
        res.on("end", () => {
          const headers = new Headers()
          for (const [k, v] of Object.entries(res.headers)) {
            if (Array.isArray(v)) v.forEach((x) => headers.append(k, x))
            else if (v != null) headers.set(k, String(v))
          }
          const status = res.statusCode ?? 500
          const noBody = status === 204 || status === 304
          resolveResponse(new Response(noBody ? null : Buffer.concat(chunks), { status, headers }))
        })
      })
      req.on("error", reject)
      init?.signal?.addEventListener("abort", () => req.destroy(new Error("aborted")))
      if (body !== undefined) req.write(body)
      req.end()
    })
  }
  return guarded as typeof fetch
}
