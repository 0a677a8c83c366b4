import { camelToSnakeCase, defineJoinerConfig, pluralize } from "@medusajs/framework/utils"
import { RewardRule, RewardRuleVersion } from "./models/reward-rule"
import { RewardGrant } from "./models/reward-grant"
import { Blocklist, Referral, ReferralCode, RiskSignal } from "./models/referral"

export const SOCIAL_REWARD_MODULE = "social_reward"

/** The service's models, keyed by the names its generated methods carry (`listRewardRules`, ...). */
export const socialRewardModels = { RewardRule, RewardRuleVersion, RewardGrant, ReferralCode, Referral, RiskSignal, Blocklist }

/**
 * What Query knows of this module. Query names an entity after its table (`social_reward_rule`
 * is the entity `SocialRewardRule`, aliases `social_reward_rule(s)`) and reads it through the
 * service's `list<Entity>s` / `listAndCount<Entity>s`; this service's methods are named after the
 * keys above (`listRewardRules`), which the whole plugin calls. So each entity keeps its
 * table-derived name and aliases, and only the method suffix points at the methods the service
 * has: the joiner-config alias Medusa's own modules (inventory, product) use for the same case.
 * Table names, linkable keys and the service's methods are unchanged.
 */
export const joinerConfig = defineJoinerConfig(SOCIAL_REWARD_MODULE, {
  models: Object.values(socialRewardModels),
  alias: Object.entries(socialRewardModels).map(([key, model]) => {
    const alias = camelToSnakeCase(model.name).toLowerCase()
    return { name: [alias, pluralize(alias)], entity: model.name, args: { methodSuffix: pluralize(key) } }
  }),
})
