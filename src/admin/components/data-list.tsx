import { DataTable, useDataTable, type DataTableColumnDef } from "@medusajs/ui"
import type { ComponentType, InputHTMLAttributes, ReactNode } from "react"
import type { Paging } from "../hooks/paging"

/**
 * Column meta for cells that wrap or hold controls (a review's text, a reason and a button): the
 * DataTable otherwise clips a cell to one line and adds a tooltip with its text.
 */
export const WRAPS = { meta: { ___truncateTooltip: false } }

const Search = DataTable.Search as ComponentType<InputHTMLAttributes<HTMLInputElement>>

/**
 * The list's search box (inside `toolbar`). DataTable.Search passes its other props to the input,
 * though its type names only three: an id and an accessible name are needed here. It is a text
 * input: Medusa UI's `type="search"` input draws its magnifier as a `role="img"` with no name,
 * which axe reports as a serious violation (role-img-alt).
 */
export const SearchBox = (props: InputHTMLAttributes<HTMLInputElement> & { id: string; "aria-label": string }) => <Search type="text" {...props} />

type DataListProps<T> = {
  columns: DataTableColumnDef<T, any>[]
  /** Undefined while loading: the table shows its skeleton, not the empty line. */
  rows: T[] | undefined
  /** The server's total, for paging; the rows' length when the list is not paged. */
  count?: number
  isLoading?: boolean
  /** What an empty list says (the filters' state is the page's own). */
  empty: string
  pagination?: Paging
  /** A search box's state (`DataTable.Search` in the toolbar shows it). */
  search?: { state: string; onSearchChange: (s: string) => void }
  /** The toolbar: the list's heading, its filters, its actions. */
  toolbar?: ReactNode
}

/**
 * The Social pages' lists: Medusa UI's DataTable (the dashboard's own table) over rows the
 * server filters and pages; the footer appears when there is more than one page.
 *
 * @example
 * const paging = useOffsetPaging(20)
 * const { data, isLoading } = useThings({ limit: 20, offset: paging.offset })
 * <DataList columns={columns} rows={data?.things} count={data?.count} isLoading={isLoading} empty="No things yet." pagination={paging.pagination} toolbar={<Heading level="h2">Things</Heading>} />
 */
export function DataList<T extends { id: string }>({ columns, rows, count, isLoading, empty, pagination, search, toolbar }: DataListProps<T>) {
  const total = count ?? rows?.length ?? 0
  const table = useDataTable<T>({
    columns,
    data: rows ?? [],
    getRowId: (row) => row.id,
    rowCount: total,
    isLoading: isLoading ?? !rows,
    pagination,
    search: search && { ...search, debounce: 300 },
  })
  return (
    <DataTable instance={table}>
      {toolbar ? <DataTable.Toolbar className="flex flex-wrap items-center justify-between gap-2">{toolbar}</DataTable.Toolbar> : null}
      <DataTable.Table emptyState={{ empty: { heading: empty }, filtered: { heading: empty } }} />
      {pagination && total > pagination.state.pageSize ? <DataTable.Pagination /> : null}
    </DataTable>
  )
}
