import type { LoaderOptions } from "@medusajs/framework/types"
import { developmentFallbacks, parsePluginOptions } from "../options"

// Every module of the plugin runs this loader: the warnings are logged once per process.
const warned = new Set<string>()

/**
 * Stops the boot with a message naming the invalid option: a wrong option found at boot is
 * cheaper than a wrong share link found by a customer. Outside production, a missing `secret` or
 * encryption key is allowed (the demo runs without them) but warned about, once.
 */
export default async function validateOptionsLoader({ options, container }: LoaderOptions) {
  parsePluginOptions(options)
  for (const message of developmentFallbacks(options)) {
    if (warned.has(message)) continue
    warned.add(message)
    const logger: Pick<Console, "warn"> = container?.hasRegistration?.("logger") ? container.resolve("logger") : console
    logger.warn(`[social] ${message}`)
  }
}
