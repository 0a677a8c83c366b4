import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "./api"

/**
 * GETs an admin path and keeps the answer; `reload()` asks again. A null path asks nothing (a
 * page waiting for its id). An answer that comes back after the path changed is dropped.
 */
export function useAdminData<T>(path: string | null) {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [tick, setTick] = useState(0)

  useEffect(() => {
    if (!path) return
    let current = true
    adminFetch<T>(path)
      .then((d) => {
        if (!current) return
        setData(d)
        setError(null)
      })
      .catch((e) => current && setError((e as Error).message))
    return () => {
      current = false
    }
  }, [path, tick])

  const reload = useCallback(() => setTick((t) => t + 1), [])
  return { data, error, reload }
}
