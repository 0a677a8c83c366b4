import { clx, Table, Text } from "@medusajs/ui"
import { Fragment, useState, type ReactNode } from "react"

/** One column: its header and what each row shows in it. */
export type Column<T> = {
  header?: ReactNode
  cell: (row: T) => ReactNode
  /** On the column's cells, e.g. "max-w-[360px] whitespace-normal" for text that wraps. */
  className?: string
}

/** The footer's state, whatever the API pages by: `useOffsetPages` and `useCursorPages` make it. */
export type Pages = {
  count: number
  pageSize: number
  pageIndex: number
  canPrevious: boolean
  canNext: boolean
  previous: () => void
  next: () => void
}

/** A row's own attributes: the `data-*` the browser test finds rows by, and a highlight. */
export type RowAttributes = { className?: string } & { [name: `data-${string}`]: string | undefined }

type ListTableProps<T> = {
  columns: Column<T>[]
  /** Undefined or null while loading: the empty line waits for an answer. */
  rows: T[] | null | undefined
  rowKey: (row: T) => string
  rowProps?: (row: T) => RowAttributes
  /** A full-width row under a row (a rule's simulation); null for none. */
  detail?: (row: T) => ReactNode
  empty: string
  pages?: Pages | null
  /** The list sits straight in a Container, not in a padded section: pad the empty line. */
  inset?: boolean
}

/**
 * The admin's lists: a header, one row per record, a line when there is none, and a footer when
 * there is more than one page. (Named ListTable, not DataTable: @medusajs/ui exports a DataTable
 * of its own, built on TanStack Table, with a different API.)
 *
 * @example
 * const pages = useOffsetPages(20)
 * const { data } = useAdminData<{ things: Thing[]; count: number }>(`/admin/things?limit=20&offset=${pages.offset}`)
 * <ListTable columns={[{ header: "Name", cell: (t) => t.name }]} rows={data?.things} rowKey={(t) => t.id} empty="No things yet." pages={data && pages.footer(data.count)} />
 */
export function ListTable<T>({ columns, rows, rowKey, rowProps, detail, empty, pages, inset }: ListTableProps<T>) {
  return (
    <>
      <Table>
        <Table.Header>
          <Table.Row>
            {columns.map((c, i) => (
              <Table.HeaderCell key={i}>{c.header}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(rows ?? []).map((row) => {
            const below = detail?.(row)
            return (
              <Fragment key={rowKey(row)}>
                <Table.Row {...rowProps?.(row)}>
                  {columns.map((c, i) => (
                    <Table.Cell key={i} className={c.className}>
                      {c.cell(row)}
                    </Table.Cell>
                  ))}
                </Table.Row>
                {below ? (
                  <Table.Row>
                    <td colSpan={columns.length} className="px-6 py-2">
                      {below}
                    </td>
                  </Table.Row>
                ) : null}
              </Fragment>
            )
          })}
        </Table.Body>
      </Table>
      {rows && !rows.length ? <Text className={clx("text-ui-fg-subtle", inset && "px-6 py-4")}>{empty}</Text> : null}
      {pages && pages.count > pages.pageSize ? (
        <Table.Pagination
          count={pages.count}
          pageSize={pages.pageSize}
          pageIndex={pages.pageIndex}
          pageCount={Math.ceil(pages.count / pages.pageSize)}
          canPreviousPage={pages.canPrevious}
          canNextPage={pages.canNext}
          previousPage={pages.previous}
          nextPage={pages.next}
        />
      ) : null}
    </>
  )
}

/** Paging by `offset`: the offset to ask for; `restart()` when a filter changes. */
export function useOffsetPages(pageSize: number) {
  const [offset, setOffset] = useState(0)
  const footer = (count: number): Pages => ({
    count,
    pageSize,
    pageIndex: Math.floor(offset / pageSize),
    canPrevious: offset > 0,
    canNext: offset + pageSize < count,
    previous: () => setOffset(Math.max(0, offset - pageSize)),
    next: () => setOffset(offset + pageSize),
  })
  return { offset, restart: () => setOffset(0), footer }
}

/**
 * Paging by key (`cursor`, answered with `next_cursor`): a key only leads forward, so this keeps
 * the cursor of every page up to the one shown ("" = the first) and "previous" drops the last.
 */
export function useCursorPages(pageSize: number) {
  const [cursors, setCursors] = useState<string[]>([""])
  const footer = (count: number, nextCursor: string | null): Pages => ({
    count,
    pageSize,
    pageIndex: cursors.length - 1,
    canPrevious: cursors.length > 1,
    canNext: !!nextCursor,
    previous: () => setCursors(cursors.slice(0, -1)),
    next: () => {
      if (nextCursor) setCursors([...cursors, nextCursor])
    },
  })
  return { cursor: cursors[cursors.length - 1] || null, restart: () => setCursors([""]), footer }
}
