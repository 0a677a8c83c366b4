import { Button, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { isoToZoned, zonedLabel, zonedToIso } from "../../lib/zoned-time"
import { LINK } from "../link-style"
import { PostMetricsView } from "./post-metrics"
import { StatusBadge } from "./status-badge"
import type { Post } from "./types"

export const MOVABLE = new Set(["draft", "scheduled", "held", "failed"])

/** "09:00" on the browser's clock, and the post's own zone's when it is another. */
function timeOf(p: Post) {
  if (!p.scheduled_at) return "no date"
  const local = new Date(p.scheduled_at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone
  return own === p.time_zone ? local : `${local} (${zonedLabel(p.scheduled_at, p.time_zone)} ${p.time_zone})`
}

/**
 * One post in the calendar: time, status, the start of its text, and what happened to it (the
 * permalink once published, the platform's message when it failed, why it is held). A post not yet
 * sent can be moved to another time in its own zone; `moveError` is the server's refusal (409 once
 * a worker has picked it up).
 */
export function PostCard({ post, onMove, moving, moveError }: { post: Post; onMove: (id: string, scheduled_at: string, time_zone: string) => void; moving: boolean; moveError?: string }) {
  const [open, setOpen] = useState(false)
  const [when, setWhen] = useState(post.scheduled_at ? isoToZoned(post.scheduled_at, post.time_zone) : "")
  const movable = MOVABLE.has(post.status)
  return (
    <div
      className="flex flex-col gap-y-1 rounded-md border border-ui-border-base bg-ui-bg-base p-2 shadow-elevation-card-rest"
      data-post-id={post.id}
      draggable={movable}
      onDragStart={(e) => e.dataTransfer.setData("text/x-social-post", post.id)}
    >
      <div className="flex items-center justify-between gap-x-2">
        <Text size="xsmall" className="text-ui-fg-subtle">
          {timeOf(post)}
        </Text>
        <StatusBadge status={post.status} />
      </div>
      <Text size="xsmall" className="line-clamp-3 whitespace-pre-wrap break-words">
        {post.text}
      </Text>
      {post.status === "published" && post.permalink ? (
        <a className={LINK} href={post.permalink} target="_blank" rel="noreferrer" data-permalink>
          <Text size="xsmall">View post</Text>
        </a>
      ) : null}
      {post.status === "published" && post.metrics ? <PostMetricsView metrics={post.metrics} compact /> : null}
      {post.status === "failed" && post.error_message ? (
        <Text size="xsmall" className="text-ui-fg-error" data-post-error>
          {post.error_message}
        </Text>
      ) : null}
      {post.status === "held" ? (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {post.error_message ?? "Held: not sent until it is scheduled again."}
        </Text>
      ) : null}
      {moveError ? (
        <Text size="xsmall" className="text-ui-fg-error" data-move-error={post.id}>
          {moveError}
        </Text>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <Link className={LINK} to={`/social/posts/${post.id}`}>
          <Text size="xsmall">{movable ? "Edit" : "Open"}</Text>
        </Link>
        {movable ? (
          <button type="button" className={LINK} onClick={() => setOpen(!open)} data-testid={`move-${post.id}`}>
            <Text size="xsmall">Move</Text>
          </button>
        ) : null}
      </div>
      {open ? (
        <div className="flex flex-col gap-y-1">
          <Input size="small" type="datetime-local" aria-label={`New time (${post.time_zone})`} id={`move-at-${post.id}`} value={when} onChange={(e) => setWhen(e.target.value)} />
          <Button
            size="small"
            variant="secondary"
            isLoading={moving}
            data-testid={`move-save-${post.id}`}
            onClick={() => {
              const iso = zonedToIso(when, post.time_zone)
              if (iso) onMove(post.id, iso, post.time_zone)
            }}
          >
            Move to this time ({post.time_zone})
          </Button>
        </div>
      ) : null}
    </div>
  )
}
