import { Button, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useMovePost, usePosts } from "../../hooks/publish"
import { isoToZoned, zonedToIso } from "../../lib/zoned-time"
import { Choice } from "../choice"
import { accountLabel } from "./compose-model"
import { PostCard } from "./post-card"
import type { Account, Post } from "./types"

const ALL = "__all"

/** Midnight of the day `d` on the browser's clock. */
const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate())
/** The Monday of `d`'s week on the browser's clock. */
const startOfWeek = (d: Date) => {
  const day = startOfDay(d)
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() - ((day.getDay() + 6) % 7))
}
const addDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n)
/** The day view of a week: today when the week holds it, else the week's Monday. */
const dayIn = (monday: Date) => {
  const today = startOfDay(new Date())
  return today >= monday && today < addDays(monday, 7) ? today : monday
}
const dayKey = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`

/**
 * The queue per account, a week or a day at a time on the browser's clock: one row per account,
 * one column per day, each post at its time with its status. A post not yet sent moves by its
 * "Move" button or by dragging it to another day (same time of day, in its own zone).
 */
export function Calendar({ accounts, accountId, onAccount }: { accounts: Account[]; accountId: string; onAccount: (id: string) => void }) {
  const [view, setView] = useState<"week" | "day">("week")
  const [anchor, setAnchor] = useState(() => startOfWeek(new Date()))
  const [moveErrors, setMoveErrors] = useState<Record<string, string>>({})
  const days = view === "week" ? Array.from({ length: 7 }, (_, i) => addDays(anchor, i)) : [anchor]
  const from = days[0]
  const to = addDays(days[days.length - 1], 1)
  const { data, isLoading } = usePosts(
    // `+metrics`: each published card's figures come with the page, not one request per card.
    { from: from.toISOString(), to: to.toISOString(), account_id: accountId || undefined, limit: 200, fields: "+metrics" },
    { follow: true }
  )
  const move = useMovePost((id, e) => {
    const status = (e as Error & { status?: number }).status
    const reason = status === 409 ? `It is being published and can no longer move (${e.message})` : e.message
    setMoveErrors((m) => ({ ...m, [id]: reason }))
  })
  const onMove = (id: string, scheduled_at: string, time_zone: string) => {
    setMoveErrors((m) => ({ ...m, [id]: "" }))
    move.mutate({ id, scheduled_at, time_zone })
  }
  /** Dropped on another day: the same wall-clock time in the post's zone, on that day. */
  const dropOn = (day: Date, postId: string, posts: Post[]) => {
    const p = posts.find((x) => x.id === postId)
    if (!p) return
    const time = p.scheduled_at ? isoToZoned(p.scheduled_at, p.time_zone).slice(11) : "09:00"
    const iso = zonedToIso(`${dayKey(day)}T${time}`, p.time_zone)
    if (iso) onMove(p.id, iso, p.time_zone)
  }

  const posts = data?.posts ?? []
  const rows = accountId ? accounts.filter((a) => a.id === accountId) : accounts
  const step = view === "week" ? 7 : 1
  const today = dayKey(new Date())

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="calendar">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading level="h2">
          {view === "week" ? `Week of ${from.toLocaleDateString(undefined, { dateStyle: "medium" })}` : from.toLocaleDateString(undefined, { dateStyle: "full" })}
        </Heading>
        <div className="flex flex-wrap items-center gap-2">
          <div className="w-56">
            <Choice ariaLabel="Account" value={accountId || ALL} options={[ALL, ...accounts.map((a) => a.id)]} labels={Object.fromEntries([[ALL, "All accounts"], ...accounts.map((a) => [a.id, accountLabel(a)])])} onChange={(v) => onAccount(v === ALL ? "" : v)} />
          </div>
          <div className="w-28">
            <Choice
              ariaLabel="View"
              value={view}
              options={["week", "day"]}
              onChange={(v) => {
                setView(v as "week" | "day")
                setAnchor(v === "week" ? startOfWeek(anchor) : dayIn(anchor))
              }}
            />
          </div>
          <Button size="small" variant="secondary" onClick={() => setAnchor(addDays(anchor, -step))} data-testid="calendar-previous">
            Previous
          </Button>
          <Button size="small" variant="secondary" onClick={() => setAnchor(view === "week" ? startOfWeek(new Date()) : startOfDay(new Date()))}>
            Today
          </Button>
          <Button size="small" variant="secondary" onClick={() => setAnchor(addDays(anchor, step))} data-testid="calendar-next">
            Next
          </Button>
        </div>
      </div>
      {isLoading ? <Text size="small">Loading…</Text> : null}
      {data && data.count > posts.length ? (
        <Text size="small" className="text-ui-fg-subtle">
          Showing the first {posts.length} of {data.count} posts: pick one account or the day view to see them all.
        </Text>
      ) : null}
      <div className="overflow-x-auto">
        <table className="w-full table-fixed border-collapse" data-testid="calendar-grid">
          <thead>
            <tr>
              <th className="w-40 p-2 text-left">
                <Text size="xsmall" weight="plus">
                  Account
                </Text>
              </th>
              {days.map((d) => (
                <th key={d.getTime()} className="p-2 text-left" data-day={dayKey(d)}>
                  <Text size="xsmall" weight="plus" className={dayKey(d) === today ? "underline" : undefined} aria-current={dayKey(d) === today ? "date" : undefined}>
                    {d.toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short" })}
                  </Text>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id} className="border-t border-ui-border-base align-top" data-calendar-account={a.id}>
                <td className="p-2">
                  <Text size="small" weight="plus">
                    {a.name}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {a.network}
                  </Text>
                </td>
                {days.map((d) => {
                  const key = dayKey(d)
                  const here = posts.filter((p) => p.account_id === a.id && p.scheduled_at && dayKey(new Date(p.scheduled_at)) === key)
                  return (
                    <td
                      key={key}
                      className="p-1"
                      data-calendar-day={key}
                      onDragOver={(e) => e.preventDefault()}
                      onDrop={(e) => {
                        e.preventDefault()
                        dropOn(d, e.dataTransfer.getData("text/x-social-post"), posts)
                      }}
                    >
                      <div className="flex min-h-16 flex-col gap-y-1">
                        {here.map((p) => (
                          <PostCard key={`${p.id}-${p.updated_at}`} post={p} onMove={onMove} moving={move.isPending && move.variables?.id === p.id} moveError={moveErrors[p.id] || undefined} />
                        ))}
                      </div>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle">
        Times on this browser's clock ({Intl.DateTimeFormat().resolvedOptions().timeZone}); a post's own zone is shown beside it when it differs.
      </Text>
    </div>
  )
}
