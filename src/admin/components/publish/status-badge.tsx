import { Badge } from "@medusajs/ui"
import type { PostStatus } from "./types"

const COLORS: Record<PostStatus, "grey" | "blue" | "orange" | "green" | "red" | "purple"> = {
  draft: "grey",
  scheduled: "blue",
  publishing: "orange",
  published: "green",
  failed: "red",
  held: "purple",
}

/** A post's status, in the same colour wherever it is shown. */
export const StatusBadge = ({ status }: { status: PostStatus }) => (
  <Badge size="2xsmall" color={COLORS[status]} data-post-status={status}>
    {status}
  </Badge>
)
