/**
 * Wall-clock times in a chosen IANA zone. The posts API takes `scheduled_at` with its offset
 * ("2026-12-24T09:00:00+01:00") and keeps `time_zone`: the composer lets the admin pick 09:00 in
 * Europe/Paris whatever zone the browser is in, so the offset is the zone's at that moment
 * (summer time included), not the browser's.
 */

/** The zone's offset from UTC, in minutes, at the instant `t` (ms): +60 for Paris in winter. */
export function zoneOffsetMinutes(t: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(t))
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const asUtc = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"))
  return Math.round((asUtc - Math.floor(t / 1000) * 1000) / 60_000)
}

const pad = (n: number) => String(n).padStart(2, "0")

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+"
  const abs = Math.abs(minutes)
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/**
 * "2026-12-24T09:00" (an `<input type="datetime-local">` value) in `timeZone` as ISO 8601 with the
 * zone's offset: "2026-12-24T09:00:00+01:00". A time a clock change skips (02:30 on the spring
 * night) is read with the offset before the change, as calendars do. Null for an empty or
 * malformed value.
 */
export function zonedToIso(local: string, timeZone: string): string | null {
  const m = local.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/)
  if (!m) return null
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]))
  // The offset at the wall time read as UTC is right except near a change; one more pass settles it.
  let offset = zoneOffsetMinutes(wall, timeZone)
  offset = zoneOffsetMinutes(wall - offset * 60_000, timeZone)
  return `${local}:00${offsetText(offset)}`
}

/** The instant as the zone's wall clock, in the `datetime-local` input's format ("2026-12-24T09:00"). */
export function isoToZoned(iso: string, timeZone: string): string {
  const t = Date.parse(iso)
  const local = new Date(t + zoneOffsetMinutes(t, timeZone) * 60_000)
  return local.toISOString().slice(0, 16)
}

/** "24 Dec 2026, 09:00" in the zone, for people. */
export function zonedLabel(iso: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(undefined, { timeZone, dateStyle: "medium", timeStyle: "short" }).format(new Date(iso))
  } catch {
    return new Date(iso).toLocaleString()
  }
}

/** The zones this browser knows, for the picker (UTC first). */
export function timeZones(): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []
  return ["UTC", ...all.filter((z) => z !== "UTC")]
}

/** The browser's own zone: the default for a new post when its account has none. */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC"
