import type { SocialAccount } from "../../../../modules/social-publish/service"

/** The admin's view of an account: the names of the credentials set, never a value. */
export function presentAccount(a: SocialAccount) {
  const keys = Object.keys(a.credential_keys ?? {})
  return {
    id: a.id,
    network: a.network,
    name: a.name,
    external_id: a.external_id,
    board_id: a.board_id,
    credentials_set: Object.fromEntries(keys.map((k) => [k, true as const])),
    status: a.status,
    status_message: a.status_message,
    checked_at: a.checked_at,
    time_zone: a.time_zone,
    monthly_post_budget: a.monthly_post_budget,
    bio_handle: a.bio_handle,
    created_at: a.created_at,
    updated_at: a.updated_at,
  }
}
