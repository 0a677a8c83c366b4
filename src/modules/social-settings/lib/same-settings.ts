import type { EffectiveSocialSettings } from "../types"

/**
 * `next`, or `last` when it holds the same values: the settings object read again after the cache
 * expired stays the same object while nothing changed, so caches keyed on it (the share redirect's
 * targets and previewer pages) survive the reload. A change gives a new object.
 */
export function sameSettingsValue(last: EffectiveSocialSettings | null, next: EffectiveSocialSettings): EffectiveSocialSettings {
  return last && JSON.stringify(last) === JSON.stringify(next) ? last : next
}
