import { Text } from "@medusajs/ui"
import { NETWORK_RULES, type PublishNetwork } from "../../../modules/social-publish/lib/networks"
import { characterLength, hashtags, postLength } from "../../../modules/social-publish/lib/text"

function Count({ name, value, max, unit }: { name: string; value: number; max: number; unit: string }) {
  const over = value > max
  return (
    <Text size="xsmall" className={over ? "text-ui-fg-error" : "text-ui-fg-subtle"} data-testid={`counter-${name}`} data-length={value} data-max={max} data-over={over}>
      {value} / {max} {unit}
    </Text>
  )
}

/**
 * The post's lengths as its network counts them, with the server's own functions (X: weighted,
 * a link is 23; the others: characters as people see them), beside each limit.
 */
export function Counters({ network, text, title }: { network: PublishNetwork; text: string; title: string | null }) {
  const rules = NETWORK_RULES[network]
  return (
    <div className="flex flex-wrap gap-x-4" data-testid="post-counters">
      <Count name="text" value={postLength(network, text)} max={rules.text_max} unit={rules.counting === "x-weighted" ? "characters as X counts them (a link is 23)" : "characters"} />
      {rules.hashtags_max !== undefined ? <Count name="hashtags" value={hashtags(text).length} max={rules.hashtags_max} unit="hashtags" /> : null}
      {rules.title_max !== undefined ? <Count name="title" value={characterLength(title ?? "")} max={rules.title_max} unit="characters in the title" /> : null}
    </div>
  )
}
