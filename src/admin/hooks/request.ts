import { toast } from "@medusajs/ui"
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

type Query = Record<string, string | number | boolean | null | undefined>

/** GETs an admin path with the dashboard's session (null and undefined query values are left out). */
export const get = <T>(path: string, query?: Query) => sdk.client.fetch<T>(path, { query })

/** POSTs a JSON body (the js-sdk serialises it) or DELETEs. */
export const post = <T>(path: string, body: object = {}) => sdk.client.fetch<T>(path, { method: "POST", body })
export const del = <T>(path: string) => sdk.client.fetch<T>(path, { method: "DELETE" })

/**
 * A 4xx will answer the same the second time (a 400 names a field, a 404 stays missing): only
 * network failures and 5xx are retried, once, as the dashboard's own QueryClient does.
 */
export const retryUnlessRefused = (count: number, e: Error) => {
  const status = (e as Error & { status?: number }).status
  return !(status && status >= 400 && status < 500) && count < 1
}

type AdminMutation<TVars, TData> = {
  mutationFn: (vars: TVars) => Promise<TData>
  /** The resources the change touches: refetched once it succeeds. */
  invalidate?: QueryKey[]
  /** The toast after it succeeds (none when omitted). */
  success?: string | ((data: TData, vars: TVars) => string)
  /** The toast after it fails; by default the server's message. */
  failure?: string
  onSuccess?: (data: TData, vars: TVars) => void
  onError?: (e: Error, vars: TVars) => void
}

/**
 * The Social pages' one way to change something: `isPending` while it runs (buttons show it),
 * then a toast saying what happened and the touched queries refetched, or a toast with what
 * went wrong (`onError` also gets the error, e.g. to show a 400's messages under the fields).
 */
export function useAdminMutation<TVars = void, TData = unknown>({ mutationFn, invalidate = [], success, failure, onSuccess, onError }: AdminMutation<TVars, TData>) {
  const client = useQueryClient()
  return useMutation<TData, Error, TVars>({
    mutationFn,
    onSuccess: async (data, vars) => {
      if (success) toast.success(typeof success === "function" ? success(data, vars) : success)
      onSuccess?.(data, vars)
      await Promise.all(invalidate.map((queryKey) => client.invalidateQueries({ queryKey })))
    },
    onError: (e, vars) => {
      toast.error(failure ?? (e.message || "Request failed"))
      onError?.(e, vars)
    },
  })
}
