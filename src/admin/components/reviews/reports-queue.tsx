import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

type Report = {
  id: string
  reason: string
  comment: string | null
  created_at: string
  review: { id: string; title: string; body: string; rating: number; author_name: string | null; status: string; open_reports: number } | null
}
type ReportsPage = { reports: Report[]; count: number }

export const REPORTS_KEY = ["social-review-reports"] as const

/**
 * The shoppers' abuse reports waiting for a decision, oldest first. Dismiss keeps the review;
 * rejecting the review (in the list below) closes all its reports.
 */
export function ReportsQueue() {
  const client = useQueryClient()
  const { data, isLoading } = useQuery({
    queryKey: REPORTS_KEY,
    queryFn: () => sdk.client.fetch<ReportsPage>("/admin/social/reviews/reports", { query: { status: "open", limit: 20 } }),
  })
  const dismiss = useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/social/reviews/reports/${id}/dismiss`, { method: "POST", body: {} }),
    onSuccess: () => {
      toast.success("Report dismissed")
      client.invalidateQueries({ queryKey: REPORTS_KEY })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  if (isLoading || !data?.count) return null
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Reported reviews ({data.count})</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Shoppers flagged these published reviews. Reject a review from the list below when a report is right.
        </Text>
      </div>
      {data.reports.map((r) => (
        <div key={r.id} className="flex items-start justify-between gap-4 px-6 py-3">
          <div>
            <div className="flex gap-2">
              <Badge size="2xsmall" color="red">
                {r.reason.replace(/_/g, " ")}
              </Badge>
              {r.review ? <Badge size="2xsmall">{r.review.open_reports} open</Badge> : null}
            </div>
            {r.review ? (
              <Text size="small" className="mt-1">
                {"★".repeat(r.review.rating)} <strong>{r.review.title}</strong> ({r.review.author_name ?? "A customer"}): {r.review.body.slice(0, 160)}
              </Text>
            ) : null}
            {r.comment ? (
              <Text size="small" className="text-ui-fg-subtle">
                “{r.comment}”
              </Text>
            ) : null}
          </div>
          <Button size="small" variant="secondary" disabled={dismiss.isPending} onClick={() => dismiss.mutate(r.id)}>
            Dismiss
          </Button>
        </div>
      ))}
    </Container>
  )
}
