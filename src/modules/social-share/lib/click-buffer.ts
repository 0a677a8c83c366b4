import { randomUUID } from "crypto"

/** One request to /s/:code, as buffered (no IP, no user agent: only the visitor key). */
export type ShareClick = {
  share_link_id: string
  at: number
  bot: boolean
  self: boolean
  /** HMAC visitor key; kept only for clicks that are neither bot nor self. */
  visitor: string | null
}

/** The clicks of one link within a batch. */
export type ClickBatchEntry = {
  share_link_id: string
  clicks: number
  bot_clicks: number
  self_clicks: number
  visitors: string[]
  first_click_at: Date
  last_click_at: Date
}

/** Dates may arrive as ISO strings after a workflow engine serialised the batch. */
export type ClickBatch = { batch_id: string; source: "memory" | "redis"; entries: ClickBatchEntry[] }

type Aggregate = Omit<ClickBatchEntry, "visitors" | "first_click_at" | "last_click_at"> & {
  visitors: Set<string>
  first: number
  last: number
}

/** Adds clicks into per-link aggregates (memory stays proportional to links and visitors). */
export class ClickAggregator {
  private byLink = new Map<string, Aggregate>()
  private count_ = 0

  get size() {
    return this.count_
  }

  add(click: ShareClick) {
    let a = this.byLink.get(click.share_link_id)
    if (!a) {
      a = {
        share_link_id: click.share_link_id,
        clicks: 0,
        bot_clicks: 0,
        self_clicks: 0,
        visitors: new Set(),
        first: click.at,
        last: click.at,
      }
      this.byLink.set(click.share_link_id, a)
    }
    a.clicks++
    this.count_++
    if (click.bot) {
      a.bot_clicks++
    } else if (click.self) {
      a.self_clicks++
    } else if (click.visitor) {
      a.visitors.add(click.visitor)
    }
    a.first = Math.min(a.first, click.at)
    a.last = Math.max(a.last, click.at)
  }

  /** Adds an entry drained earlier (a failed flush puts its batch back). */
  addEntry(e: ClickBatchEntry) {
    const a = this.byLink.get(e.share_link_id)
    if (!a) {
      this.byLink.set(e.share_link_id, {
        ...e,
        visitors: new Set(e.visitors),
        first: new Date(e.first_click_at).getTime(),
        last: new Date(e.last_click_at).getTime(),
      })
    } else {
      a.clicks += e.clicks
      a.bot_clicks += e.bot_clicks
      a.self_clicks += e.self_clicks
      e.visitors.forEach((v) => a.visitors.add(v))
      a.first = Math.min(a.first, new Date(e.first_click_at).getTime())
      a.last = Math.max(a.last, new Date(e.last_click_at).getTime())
    }
    this.count_ += e.clicks
  }

  entries(): ClickBatchEntry[] {
    return [...this.byLink.values()].map((a) => ({
      share_link_id: a.share_link_id,
      clicks: a.clicks,
      bot_clicks: a.bot_clicks,
      self_clicks: a.self_clicks,
      visitors: [...a.visitors],
      first_click_at: new Date(a.first),
      last_click_at: new Date(a.last),
    }))
  }
}

/**
 * The in-process click buffer (used when no Redis is configured). `drain` hands the clicks over
 * and starts a new buffer atomically (Node runs one thing at a time), so a click arriving during a
 * flush lands in the next batch.
 */
export class MemoryClickBuffer {
  private current = new ClickAggregator()

  get pending() {
    return this.current.size
  }

  add(click: ShareClick) {
    this.current.add(click)
  }

  drain(): ClickBatch | null {
    if (this.current.size === 0) {
      return null
    }
    const batch: ClickBatch = { batch_id: randomUUID(), source: "memory", entries: this.current.entries() }
    this.current = new ClickAggregator()
    return batch
  }

  /** Puts a batch back after a failed flush, so its clicks go out with the next one. */
  restore(batch: ClickBatch) {
    batch.entries.forEach((e) => this.current.addEntry(e))
  }
}

/** Compact form of a click for a Redis list: "link|at|flags|visitor". */
export function encodeClick(c: ShareClick): string {
  return `${c.share_link_id}|${c.at}|${c.bot ? "b" : c.self ? "s" : "v"}|${c.visitor ?? ""}`
}

export function decodeClick(line: string): ShareClick | null {
  const [share_link_id, at, flag, visitor] = line.split("|")
  if (!share_link_id || !at || !flag) {
    return null
  }
  return { share_link_id, at: Number(at), bot: flag === "b", self: flag === "s", visitor: visitor || null }
}
