import type { MedusaContainer } from "@medusajs/framework/types"
import { catalogModule } from "../modules/social-catalog"
import { watchPriceChangesWorkflow } from "../workflows/social-catalog/workflows/watch-prices"

/**
 * Price changes that Medusa announces with no event (price lists; a sale that starts or ends)
 * reach the catalog queue, the RSS and the `og` cards through this watch. It ticks every minute
 * and scans once `priceWatchIntervalMinutes` (default 5; 0 switches it off) have passed since the
 * last scan, as stored in the database: a cron expression cannot come from the plugin options,
 * and a restart keeps the pace.
 */
export default async function socialPriceWatch(container: MedusaContainer) {
  const minutes = catalogModule(container).getPluginOptions().priceWatchIntervalMinutes
  if (!minutes) {
    return
  }
  const { result } = await watchPriceChangesWorkflow(container).run({ input: { min_interval_ms: minutes * 60_000 } })
  if (result.product_ids.length) {
    container.resolve("logger").info(`[social] price watch: prices of ${result.product_ids.length} products changed (${JSON.stringify(result.counts)})`)
  }
}

export const config = { name: "social-price-watch", schedule: "* * * * *" }
