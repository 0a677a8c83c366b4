import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { Grant, Referral, RewardRule, Simulation } from "../components/rewards/types"
import { queryKeys } from "./query-keys"
import { get, post, retryUnlessRefused, useAdminMutation } from "./request"

export const useRewardRules = () =>
  useQuery({
    queryKey: queryKeys.rewardRules.list({ limit: 100 }),
    queryFn: () => get<{ reward_rules: RewardRule[]; count: number }>("/admin/social/reward-rules", { limit: 100 }),
    retry: retryUnlessRefused,
  })

export const useRewardRule = (id: string | undefined) =>
  useQuery({
    queryKey: queryKeys.rewardRules.detail(id ?? ""),
    queryFn: () => get<{ reward_rule: RewardRule; versions: { version: number }[] }>(`/admin/social/reward-rules/${id}`),
    enabled: !!id,
    retry: retryUnlessRefused,
  })

/** Creates a rule (no `rule`) or saves a new version of one; the caller shows a refused save's fields. */
export const useSaveRule = (rule: RewardRule | null, handlers: { onSuccess: (r: RewardRule) => void; onError: (e: Error) => void }) =>
  useAdminMutation({
    mutationFn: (body: object) => post<{ reward_rule: RewardRule }>(rule ? `/admin/social/reward-rules/${rule.id}` : "/admin/social/reward-rules", body),
    invalidate: [queryKeys.rewardRules.all],
    success: ({ reward_rule }) => (rule ? `Saved as version ${reward_rule.version}` : "Rule created"),
    failure: "The rule was not saved",
    onSuccess: ({ reward_rule }) => handlers.onSuccess(reward_rule),
    onError: handlers.onError,
  })

/** Replays the last 30 days against a rule without writing anything. */
export const useSimulateRule = (onSuccess: (ruleId: string, s: Simulation) => void) =>
  useAdminMutation({
    mutationFn: (ruleId: string) => post<{ simulation: Simulation }>(`/admin/social/reward-rules/${ruleId}/simulate`, { days: 30 }),
    onSuccess: ({ simulation }, ruleId) => onSuccess(ruleId, simulation),
  })

export type GrantQuery = { limit: number; offset: number; status?: string }

export const useRewardGrants = (query: GrantQuery) =>
  useQuery({
    queryKey: queryKeys.rewardGrants.list(query),
    queryFn: () => get<{ reward_grants: Grant[]; count: number }>("/admin/social/reward-grants", query),
    placeholderData: keepPreviousData,
    retry: retryUnlessRefused,
  })

/** Approves a grant waiting for review, or revokes one with a reason. */
export const useGrantAction = (grantId: string) =>
  useAdminMutation({
    mutationFn: ({ action, body }: { action: "approve" | "revoke"; body: object; done: string }) => post(`/admin/social/reward-grants/${grantId}/${action}`, body),
    invalidate: [queryKeys.rewardGrants.all, queryKeys.overview.all],
    success: (_, { done }) => done,
  })

export const useReferralsToReview = () =>
  useQuery({
    queryKey: queryKeys.referrals.list({ status: "needs_review", limit: 50 }),
    queryFn: () => get<{ referrals: Referral[]; count: number }>("/admin/social/referrals", { status: "needs_review", limit: 50 }),
    retry: retryUnlessRefused,
  })

/** A person's decision on a referral the fraud signals held back (approving can grant). */
export const useReferralDecision = (referralId: string) =>
  useAdminMutation({
    mutationFn: ({ decision, body }: { decision: "approve" | "reject"; body: object }) => post(`/admin/social/referrals/${referralId}/${decision}`, body),
    invalidate: [queryKeys.referrals.all, queryKeys.rewardGrants.all],
    success: (_, { decision }) => (decision === "approve" ? "Referral approved" : "Referral rejected"),
  })
