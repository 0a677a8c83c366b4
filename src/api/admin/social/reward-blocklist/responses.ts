import { z } from "@medusajs/framework/zod"
import { deletedResponse, offsetPage, timestamp } from "../../../openapi/common"

const entry = { id: z.string(), kind: z.string(), value: z.string(), reason: z.string().nullable() }

export const AdminListBlocklistResponse = z
  // A list answers the fields `fields` asked for (the id always).
  .object({ blocklist: z.array(z.object({ ...entry, created_at: timestamp }).partial().required({ id: true }).strict()), ...offsetPage })
  .strict()
export const AdminBlocklistEntryResponse = z.object({ entry: z.object(entry).strict() }).strict()
export const AdminDeleteBlocklistEntryResponse = deletedResponse("reward_blocklist_entry")
