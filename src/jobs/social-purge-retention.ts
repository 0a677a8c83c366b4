import type { MedusaContainer } from "@medusajs/framework/types"
import { purgeSocialRetentionWorkflow } from "../workflows/social-privacy/workflows/purge-social-retention"

/** Daily: conversion events, order attributions and referrals past their retention are deleted. */
export default async function socialPurgeRetention(container: MedusaContainer) {
  const { result } = await purgeSocialRetentionWorkflow(container).run({ input: {} })
  if (result.conversion_events || result.attributions || result.referrals) {
    container
      .resolve("logger")
      .info(`[social] retention: purged ${result.conversion_events} conversion events, ${result.attributions} attributions, ${result.referrals} referrals`)
  }
}

export const config = { name: "social-purge-retention", schedule: "43 3 * * *" }
