import type { LoaderOptions } from "@medusajs/framework/types"
import { parsePluginOptions } from "../options"

/**
 * Stops the boot with a message naming the invalid option: a wrong option found at boot is
 * cheaper than a wrong share link found by a customer.
 */
export default async function validateOptionsLoader({ options }: LoaderOptions) {
  parsePluginOptions(options)
}
