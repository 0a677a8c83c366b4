import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Share } from "@medusajs/icons"
import { Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { Field } from "../../components/field"
import { Choice } from "../../components/choice"
import { HorizontalBars } from "../../components/charts/horizontal-bars"
import { StackedSeriesChart } from "../../components/charts/stacked-series-chart"
import { KpiCard } from "../../components/overview/kpi-card"
import { useOverview } from "../../hooks/overview"
import { money, percent, words } from "../../lib/format"
import { LINK } from "../../components/link-style"

const DAY = 86400_000
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10)
const PRESETS = { "7": "Last 7 days", "30": "Last 30 days", "90": "Last 90 days" } as Record<string, string>

/** The 30 days up to the end of today (the API's own default). */
function lastDays(n: number) {
  const end = Date.parse(isoDay(Date.now())) + DAY
  return { from: isoDay(end - n * DAY), to: isoDay(end) }
}

const count = (v: number) => new Intl.NumberFormat().format(Math.round(v * 100) / 100)

/**
 * "What did social bring me?": share clicks and visitors, attributed orders and revenue,
 * conversion, reviews, rewards and the catalog channels for a date range, each beside the period
 * before it, with revenue per day by network, the most shared products and the share funnel.
 */
const SocialOverviewPage = () => {
  const [range, setRange] = useState(lastDays(30))
  const [preset, setPreset] = useState("30")
  const [metric, setMetric] = useState<"revenue" | "orders">("revenue")
  const { data, error } = useOverview(range)
  const o = data?.overview
  const cur = o?.currency_code ?? null

  const pick = (p: string) => {
    setPreset(p)
    setRange(lastDays(Number(p)))
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
          <div>
            <Heading level="h1">Social overview</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              What the social networks brought{cur ? `, in ${cur.toUpperCase()}` : ""}, beside the period before.
            </Text>
          </div>
          <div className="flex flex-wrap items-end gap-3">
            <Field label="Period" name="preset">
              <Choice id="preset" value={preset} options={[...Object.keys(PRESETS), "custom"]} labels={{ ...PRESETS, custom: "Custom" }} onChange={(p) => (p === "custom" ? setPreset(p) : pick(p))} />
            </Field>
            <Field label="From" name="from">
              <Input id="from" type="date" value={range.from} onChange={(e) => (setPreset("custom"), setRange({ ...range, from: e.target.value }))} />
            </Field>
            <Field label="Until (not included)" name="to">
              <Input id="to" type="date" value={range.to} onChange={(e) => (setPreset("custom"), setRange({ ...range, to: e.target.value }))} />
            </Field>
          </div>
        </div>
        {error ? (
          <div className="px-6 py-3">
            <Text className="text-ui-fg-error">{error.message}</Text>
          </div>
        ) : null}
        {o ? (
          <div className="grid grid-cols-1 gap-3 px-6 py-4 sm:grid-cols-2 xl:grid-cols-5" data-testid="overview-kpis">
            <KpiCard label="Share clicks by people" testId="share_clicks" figure={o.kpis.share_clicks} format={count} />
            <KpiCard label="Distinct visitors" testId="distinct_visitors" figure={o.kpis.distinct_visitors} format={count} />
            <KpiCard label="Attributed orders" testId="attributed_orders" figure={o.kpis.attributed_orders} format={count} />
            <KpiCard label="Attributed revenue" testId="attributed_revenue" figure={o.kpis.attributed_revenue} format={(v) => money(v, cur)} />
            <KpiCard label="Conversion (orders per social visit)" testId="conversion_rate" figure={o.kpis.conversion_rate} format={percent} />
          </div>
        ) : (
          <div className="px-6 py-4">
            <Text size="small" className="text-ui-fg-subtle">
              Loading…
            </Text>
          </div>
        )}
      </Container>

      {o ? (
        <>
          <Container className="flex flex-col gap-y-3 px-6 py-4">
            <div className="flex items-center justify-between">
              <Heading level="h2">Attributed {metric} by network</Heading>
              <div className="w-40">
                <label htmlFor="metric" className="sr-only">
                  Chart shows
                </label>
                <Choice id="metric" value={metric} options={["revenue", "orders"]} onChange={(v) => setMetric(v as "revenue" | "orders")} />
              </div>
            </div>
            <StackedSeriesChart
              days={o.series.days.map((d) => ({ date: d.date, groups: d.networks }))}
              keys={o.series.networks}
              metric={metric}
              currency={cur}
              title={`Attributed ${metric} per day by network`}
              testId="overview-network-chart"
            />
          </Container>

          <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
            <Container className="flex flex-col gap-y-3 px-6 py-4">
              <Heading level="h2">Most shared products</Heading>
              {o.top_products.length ? (
                <HorizontalBars
                  rows={o.top_products.map((p) => ({ label: p.title ?? p.product_id, value: p.clicks }))}
                  title="Clicks by people per product"
                  format={(v) => `${count(v)} clicks`}
                  testId="overview-top-products"
                />
              ) : (
                <Text size="small" className="text-ui-fg-subtle">
                  No share link was clicked in this range.
                </Text>
              )}
            </Container>
            <Container className="flex flex-col gap-y-3 px-6 py-4">
              <Heading level="h2">Share funnel</Heading>
              <HorizontalBars rows={o.funnel.map((s) => ({ label: s.label, value: s.value }))} title="Share funnel" format={count} color={3} testId="overview-funnel" />
              <Text size="xsmall" className="text-ui-fg-subtle">
                {o.funnel
                  .slice(1)
                  .map((s) => `${s.label}: ${s.rate === null ? "—" : percent(s.rate)} of the step before`)
                  .join(" · ")}
              </Text>
            </Container>
          </div>

          <div className="grid grid-cols-1 gap-3 xl:grid-cols-3">
            <Container className="flex flex-col gap-y-3 px-6 py-4">
              <Heading level="h2">Reviews</Heading>
              <KpiCard label="Average rating (approved)" testId="average_rating" figure={o.kpis.average_rating} format={(v) => `${v.toFixed(2)} / 5`} />
              <KpiCard label="New reviews" testId="new_reviews" figure={o.kpis.new_reviews} format={count} />
              <Link to="/social/reviews" className={`${LINK} txt-compact-small`} data-testid="overview-pending-reviews">
                {o.pending_reviews} waiting for moderation →
              </Link>
            </Container>
            <Container className="flex flex-col gap-y-3 px-6 py-4">
              <Heading level="h2">Rewards</Heading>
              <KpiCard label="Value issued" testId="rewards_issued_value" figure={o.kpis.rewards_issued_value} format={(v) => money(v, cur)} />
              <KpiCard label="Value redeemed" testId="rewards_redeemed_value" figure={o.kpis.rewards_redeemed_value} format={(v) => money(v, cur)} />
              <Link to="/social/rewards" className={`${LINK} txt-compact-small`} data-testid="overview-grants-review">
                {o.grants_needing_review} grants waiting for review →
              </Link>
            </Container>
            <Container className="flex flex-col gap-y-3 px-6 py-4">
              <Heading level="h2">Catalog channels</Heading>
              {o.catalog.length ? (
                <Table data-testid="overview-catalog">
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell>Channel</Table.HeaderCell>
                      <Table.HeaderCell className="text-right">Live</Table.HeaderCell>
                      <Table.HeaderCell className="text-right">In error</Table.HeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {o.catalog.map((c) => (
                      <Table.Row key={c.id} data-channel={c.id}>
                        <Table.Cell>
                          {c.name}
                          <Text size="xsmall" className="text-ui-fg-subtle">
                            {words(c.destination)} · {c.mode}
                          </Text>
                        </Table.Cell>
                        <Table.Cell className="text-right">{count(c.live)}</Table.Cell>
                        <Table.Cell className="text-right">
                          {c.errors ? <Link to={`/social/channels/${c.id}`} className={LINK}>{count(c.errors)} to fix</Link> : "0"}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              ) : (
                <Text size="small" className="text-ui-fg-subtle">
                  No channel yet. <Link to="/social/channels/new" className={LINK}>Connect one</Link>
                </Text>
              )}
            </Container>
          </div>
        </>
      ) : null}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Social", icon: Share })

export default SocialOverviewPage
