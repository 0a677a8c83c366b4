import type { DataTablePaginationState } from "@medusajs/ui"
import { useCallback, useState } from "react"

/** What `useDataTable` takes to page a list the server pages. */
export type Paging = { state: DataTablePaginationState; onPaginationChange: (next: DataTablePaginationState) => void }

/** Paging by `offset`: the offset to ask for, the table's pagination, `restart()` when a filter changes. */
export function useOffsetPaging(pageSize: number) {
  const [pageIndex, setPageIndex] = useState(0)
  const pagination: Paging = { state: { pageIndex, pageSize }, onPaginationChange: (next) => setPageIndex(next.pageIndex) }
  const restart = useCallback(() => setPageIndex(0), [])
  return { offset: pageIndex * pageSize, pagination, restart }
}

/**
 * Paging by key (`cursor`, answered with `next_cursor`): a key only leads forward, so this keeps
 * the cursor of every page up to the one shown ("" = the first); "next" adds the answer's
 * `next_cursor`, "previous" drops the last.
 */
export function useCursorPaging(pageSize: number) {
  const [cursors, setCursors] = useState<string[]>([""])
  const pagination = (nextCursor: string | null | undefined): Paging => ({
    state: { pageIndex: cursors.length - 1, pageSize },
    onPaginationChange: (next) => {
      if (next.pageIndex < cursors.length - 1) setCursors(cursors.slice(0, next.pageIndex + 1))
      else if (next.pageIndex > cursors.length - 1 && nextCursor) setCursors([...cursors, nextCursor])
    },
  })
  const restart = useCallback(() => setCursors([""]), [])
  return { cursor: cursors[cursors.length - 1] || undefined, pagination, restart }
}
