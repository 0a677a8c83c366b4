import { Table, Text } from "@medusajs/ui"
import { money, percent } from "../../lib/format"
import type { Report } from "./types"

/** One row per network (campaign, product, share link), biggest revenue first, with the totals. */
export function ReportTable({ report }: { report: Report }) {
  const cur = report.currency_code
  return (
    <Table data-testid="attribution-table">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{report.group_by.replace(/_/g, " ")}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Revenue</Table.HeaderCell>
          <Table.HeaderCell className="text-right">AOV</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Share</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {report.groups.map((g) => (
          <Table.Row key={g.key} data-group={g.key}>
            <Table.Cell>{g.key}</Table.Cell>
            <Table.Cell className="text-right">{g.orders}</Table.Cell>
            <Table.Cell className="text-right">{money(g.revenue, cur)}</Table.Cell>
            <Table.Cell className="text-right">{money(g.aov, cur)}</Table.Cell>
            <Table.Cell className="text-right">{percent(g.share)}</Table.Cell>
          </Table.Row>
        ))}
        <Table.Row>
          <Table.Cell>
            <Text weight="plus">All orders</Text>
          </Table.Cell>
          <Table.Cell className="text-right">{report.totals.orders}</Table.Cell>
          <Table.Cell className="text-right">{money(report.totals.revenue, cur)}</Table.Cell>
          <Table.Cell className="text-right">{money(report.totals.aov, cur)}</Table.Cell>
          <Table.Cell />
        </Table.Row>
      </Table.Body>
    </Table>
  )
}
