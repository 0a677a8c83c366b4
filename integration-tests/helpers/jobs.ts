/**
 * Env for a spec's app that keeps the plugin's publishing job (every 30 seconds by default) from
 * firing during the spec: a day between runs. The job reads SOCIAL_PUBLISH_INTERVAL_SECONDS when
 * the app loads it, after the test runner has applied its `env`.
 */
export const QUIET_PUBLISH_JOB = { SOCIAL_PUBLISH_INTERVAL_SECONDS: String(24 * 3600) }
