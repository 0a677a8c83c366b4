/** What a reward rule says about share visitors (its trigger_config). */
export type VisitorWindowRule = { trigger_config?: { within_hours?: number | null } | null }

/**
 * Hours a share link's visitor keys must be kept: the `shareVisitorRetentionDays` option, or the
 * longest `within_hours` of the `share_visitors` reward rules when that is longer.
 *
 * Why that is enough: a rule counts the distinct visitors of a link within `within_hours` of its
 * first click, and every visitor row of a link is younger than that first click. While a link is
 * still inside a window, none of its rows is older than the window, so none is pruned.
 */
export function visitorRetentionHours(retentionDays: number, rules: VisitorWindowRule[]): number {
  const longestWindow = Math.max(0, ...rules.map((r) => Number(r.trigger_config?.within_hours) || 0))
  return Math.max(retentionDays * 24, longestWindow)
}
