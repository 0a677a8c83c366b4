import { z } from "@medusajs/framework/zod"
import { deletedResponse, nullableTimestamp, timestamp } from "../../../openapi/common"

// A channel as stored, less its sealed credentials and feed token; a run as stored.

export const AdminChannel = z
  .object({
    id: z.string(),
    name: z.string(),
    destination: z.string(),
    mode: z.string(),
    enabled: z.boolean(),
    sales_channel_id: z.string().nullable(),
    region_id: z.string().nullable(),
    currency_code: z.string(),
    language: z.string(),
    country: z.string(),
    prices_include_tax: z.boolean(),
    filters: z.record(z.string(), z.unknown()).nullable(),
    field_mapping: z.record(z.string(), z.unknown()).nullable(),
    feed_format: z.string(),
    feed: z.record(z.string(), z.unknown()).nullable().meta({ description: "the last published feed: file, etag, built_at, bytes" }),
    feed_status: z.string().nullable(),
    feed_error: z.string().nullable(),
    last_full_sync_at: nullableTimestamp,
    credentials_set: z.record(z.string(), z.literal(true)).meta({ description: "which credentials are stored; their values are never returned" }),
    feed_url: z.string(),
    feed_url_gz: z.string(),
    created_at: timestamp,
    updated_at: timestamp,
    deleted_at: nullableTimestamp,
  })
  .strict()

export const AdminRun = z
  .object({
    id: z.string(),
    channel_id: z.string(),
    kind: z.enum(["full", "delta"]),
    status: z.enum(["queued", "running", "succeeded", "failed"]),
    stage: z.string().nullable(),
    force: z.boolean(),
    total: z.number(),
    done: z.number(),
    results: z.record(z.string(), z.unknown()).nullable(),
    error: z.string().nullable(),
    reconcile: z.boolean().meta({ description: "the daily full run also compares the platform's list with the snapshot" }),
    lease_owner: z.string().nullable().meta({ description: "the worker running it; another takes the run over once lease_expires_at has passed" }),
    lease_expires_at: nullableTimestamp,
    started_at: nullableTimestamp,
    finished_at: nullableTimestamp,
    created_at: timestamp,
    updated_at: timestamp,
    deleted_at: nullableTimestamp,
  })
  .strict()

export const AdminChannelItem = z
  .object({
    id: z.string(),
    variant_id: z.string(),
    product_id: z.string(),
    title: z.string().nullable().meta({ description: "the title last built for the platform" }),
    status: z.string(),
    failing: z.boolean(),
    error_code: z.string().nullable(),
    errors: z.unknown().meta({ description: "the platform's or the validator's errors" }),
    warnings: z.unknown(),
    attempts: z.number().int(),
    next_attempt_at: nullableTimestamp,
    sent_at: nullableTimestamp,
    to_delete: z.boolean(),
    updated_at: timestamp,
  })
  .strict()

export const AdminChannelResponse = z.object({ channel: AdminChannel }).strict()
export const AdminChannelWithCountsResponse = z
  .object({ channel: AdminChannel.extend({ item_counts: z.record(z.string(), z.number().int()) }) })
  .strict()
export const AdminListChannelsResponse = z
  .object({ channels: z.array(AdminChannel), count: z.number().int(), offset: z.number().int(), limit: z.number().int() })
  .strict()
export const AdminDeleteChannelResponse = deletedResponse("social_catalog_channel")
export const AdminDestinationsResponse = z
  .object({
    destinations: z.array(
      z
        .object({
          destination: z.string(),
          feed_formats: z.array(z.string()),
          credential_keys: z.array(z.string()).meta({ description: "'?' ends an optional one" }),
          sign_in: z.array(z.array(z.string())).meta({ description: "ways to sign in: one of these sets is needed for a push" }),
        })
        .strict()
    ),
  })
  .strict()
export const AdminPreviewResponse = z
  .object({
    preview: z
      .object({
        create: z.number().int(),
        update: z.number().int(),
        delete: z.number().int(),
        unchanged: z.number().int(),
        invalid: z.number().int(),
        variants: z.number().int(),
        invalid_samples: z.array(z.record(z.string(), z.unknown())),
        samples: z.array(z.record(z.string(), z.unknown())),
      })
      .strict(),
  })
  .strict()
export const AdminSyncResponse = z.object({ run: AdminRun, already_running: z.boolean() }).strict()
export const AdminListRunsResponse = z
  .object({ runs: z.array(AdminRun), count: z.number().int(), limit: z.number().int(), next_cursor: z.string().nullable() })
  .strict()
export const AdminListItemsResponse = z
  .object({ items: z.array(AdminChannelItem), count: z.number().int(), limit: z.number().int(), next_cursor: z.string().nullable() })
  .strict()
export const AdminCatalogProductResponse = z
  .object({
    product_id: z.string(),
    channels: z.array(
      z
        .object({
          channel_id: z.string(),
          name: z.string().nullable(),
          destination: z.string().nullable(),
          items: z.array(
            z
              .object({
                variant_id: z.string(),
                status: z.string(),
                error_code: z.string().nullable(),
                errors: z.unknown(),
                warnings: z.unknown(),
                sent_at: nullableTimestamp,
                to_delete: z.boolean(),
              })
              .strict()
          ),
        })
        .strict()
    ),
  })
  .strict()
