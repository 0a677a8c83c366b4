import { Module } from "@medusajs/framework/utils"
import SocialRewardModuleService from "./service"
import { SOCIAL_REWARD_MODULE } from "./joiner-config"
import validateOptionsLoader from "../social-settings/loaders/validate-options"

export { SOCIAL_REWARD_MODULE }

export default Module(SOCIAL_REWARD_MODULE, {
  service: SocialRewardModuleService,
  loaders: [validateOptionsLoader],
})

export * from "./lib/rule"
export * from "./lib/caps"
export { normalizeEmail, normalizeAddress } from "./lib/email"
export { scoreReferral, REVIEW_THRESHOLD, type FraudSignal } from "./lib/fraud"
export { grantKey, reviewDedupeId, type StoredRule, type GrantOutcome } from "./service"
export { simulateRule, type ReplayEvent, type Simulation } from "./lib/simulate"
export { shareReach, type ShareTimeline, type VisitBatch, type ShareReach } from "./lib/share-reach"
