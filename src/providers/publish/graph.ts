import { refuse, type requestJson } from "./http"

/** The Graph API version the publish calls use. */
export const GRAPH_VERSION = "v21.0"

type Res = Awaited<ReturnType<typeof requestJson>>

/**
 * A Graph API error (`{ error: { message, code, error_subcode } }`): code 4, 17, 32 and 613 are
 * rate limits (wait an hour unless the platform says otherwise), 190 an expired or revoked token.
 */
export function graphError(network: string, res: Res): never {
  const error = res.body?.error ?? {}
  const code = Number(error.code)
  if ([4, 17, 32, 613].includes(code)) {
    refuse(network, { ...res, status: 429 }, error.message, 60 * 60_000)
  }
  if (code === 190) {
    refuse(network, { ...res, status: 401 }, error.message)
  }
  refuse(network, res, error.message)
}
