import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { Field, FormError } from "../../../components/field"
import { Choice } from "../../../components/choice"
import { ReportTable } from "../../../components/attribution/report-table"
import { StackedSeriesChart } from "../../../components/charts/stacked-series-chart"
import { errorsOf } from "../../../lib/api"
import { useAttributionReport, type ReportQuery } from "../../../hooks/attribution"
import { ATTRIBUTION_MODELS, DEFAULT_MODEL, REPORT_GROUPS } from "../../../../modules/social-attribution/lib/vocabulary"

const day = (offset: number) => new Date(Date.now() + offset * 86400_000).toISOString().slice(0, 10)

/** Orders and revenue the social networks brought, by network, campaign, product or share link. */
const AttributionPage = () => {
  const [q, setQ] = useState<ReportQuery>({ from: day(-30), to: day(1), group_by: "network", model: DEFAULT_MODEL as string, currency_code: "" })
  // What was last asked for: typing a date does not ask; "Show", the grouping and the model do.
  const [asked, setAsked] = useState(q)
  const { data, error, isFetching, refetch } = useAttributionReport(asked)
  const report = data?.report ?? null
  const errors = error ? errorsOf(error) : {}
  const [metric, setMetric] = useState<"revenue" | "orders">("revenue")

  const show = (next = q) => {
    // The same query again still asks the server again (new orders may have come in).
    if (JSON.stringify(next) === JSON.stringify(asked)) void refetch()
    else setAsked(next)
  }
  const change = (patch: Partial<ReportQuery>) => {
    const next = { ...q, ...patch }
    setQ(next)
    if (patch.group_by || patch.model) show(next)
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Attribution</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Orders credited to the visits that brought them{report?.currency_code ? `, in ${report.currency_code.toUpperCase()}` : ""}.
        </Text>
      </div>
      <div className="grid grid-cols-2 items-end gap-4 px-6 py-4 md:grid-cols-6">
        <Field label="From" name="from" error={errors.from}>
          <Input id="from" type="date" value={q.from} onChange={(e) => change({ from: e.target.value })} />
        </Field>
        <Field label="Until (not included)" name="to" error={errors.to}>
          <Input id="to" type="date" value={q.to} onChange={(e) => change({ to: e.target.value })} />
        </Field>
        <Field label="Group by" name="group_by" error={errors.group_by}>
          <Choice id="group_by" value={q.group_by} options={REPORT_GROUPS} onChange={(v) => change({ group_by: v })} />
        </Field>
        <Field label="Model" name="model" error={errors.model}>
          <Choice id="model" value={q.model} options={ATTRIBUTION_MODELS} onChange={(v) => change({ model: v })} />
        </Field>
        <Field label="Currency" name="currency_code" error={errors.currency_code} hint="Empty: the busiest">
          <Input id="currency_code" value={q.currency_code} onChange={(e) => change({ currency_code: e.target.value })} />
        </Field>
        <Button onClick={() => show()} isLoading={isFetching} data-testid="attribution-run">
          Show
        </Button>
      </div>
      {errors._form ? (
        <div className="px-6 py-3">
          <FormError errors={errors} />
        </div>
      ) : null}
      {report ? (
        <div className="flex flex-col gap-y-4 px-6 py-4">
          <div className="flex items-center justify-between">
            <Text size="small" weight="plus">
              {metric === "revenue" ? "Revenue" : "Orders"} per day by {report.group_by.replace(/_/g, " ")}
            </Text>
            <label htmlFor="metric" className="sr-only">
              Chart shows
            </label>
            <Choice id="metric" value={metric} options={["revenue", "orders"]} onChange={(v) => setMetric(v as "revenue" | "orders")} />
          </div>
          <StackedSeriesChart
            days={report.series}
            keys={report.groups.map((g) => g.key)}
            metric={metric}
            currency={report.currency_code}
            title={`${metric === "revenue" ? "Attributed revenue" : "Attributed orders"} per day by ${report.group_by.replace(/_/g, " ")}`}
            testId="attribution-chart"
          />
          {report.groups.length ? <ReportTable report={report} /> : <Text className="text-ui-fg-subtle">No attributed orders in this range.</Text>}
        </div>
      ) : null}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Attribution", icon: ChartBar })

export default AttributionPage
