import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Label, Select, Switch, Table, Text, toast, Toaster } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../../../lib/sdk"

type RowError = { row: number; field: string; message: string }
type ReviewImport = {
  id: string
  format: string
  filename: string | null
  status: "pending" | "running" | "completed" | "failed"
  total_rows: number
  processed_rows: number
  created_count: number
  existing_count: number
  error_count: number
  photo_count: number
  errors: RowError[]
  created_at: string
}
type DryRun = { format: string; total_rows: number; valid_rows: number; would_create: number; existing_count: number; error_count: number; errors: RowError[] }

const IMPORTS_KEY = ["social-review-imports"] as const
const statusColor = { pending: "grey", running: "blue", completed: "green", failed: "red" } as const

function ErrorsTable({ errors }: { errors: RowError[] }) {
  if (!errors.length) return null
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Row</Table.HeaderCell>
          <Table.HeaderCell>Column</Table.HeaderCell>
          <Table.HeaderCell>Problem</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {errors.slice(0, 200).map((e, i) => (
          <Table.Row key={i}>
            <Table.Cell>{e.row}</Table.Cell>
            <Table.Cell>{e.field}</Table.Cell>
            <Table.Cell>{e.message}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/**
 * Import reviews from Judge.me, Yotpo or the generic CSV: a dry run lists each row's problems,
 * the import runs in the background and its progress refreshes while it runs. Export writes every
 * review in the generic format.
 */
const ReviewImportsPage = () => {
  const client = useQueryClient()
  const [file, setFile] = useState<File | null>(null)
  const [format, setFormat] = useState("auto")
  const [publish, setPublish] = useState(true)
  const [hosts, setHosts] = useState("")
  const [dryRun, setDryRun] = useState<DryRun | null>(null)

  const imports = useQuery({
    queryKey: IMPORTS_KEY,
    queryFn: () => sdk.client.fetch<{ imports: ReviewImport[]; count: number }>("/admin/social/reviews/imports", { query: { limit: 20 } }),
    // Poll while an import is under way: the progress is written after every batch.
    refetchInterval: (q) => (q.state.data?.imports.some((i) => i.status === "pending" || i.status === "running") ? 1000 : false),
  })
  const feed = useQuery({
    queryKey: ["social-review-feed"],
    queryFn: () => sdk.client.fetch<{ feed: { path: string; url: string | null } }>("/admin/social/reviews/feed"),
  })

  const send = useMutation({
    mutationFn: async (dry: boolean) => {
      const form = new FormData()
      form.append("file", file!)
      form.append("format", format)
      form.append("dry_run", String(dry))
      form.append("review_status", publish ? "approved" : "pending")
      if (hosts.trim()) form.append("photo_hosts", hosts.trim())
      return sdk.client.fetch<{ dry_run?: DryRun; import?: ReviewImport }>("/admin/social/reviews/imports", { method: "POST", body: form })
    },
    onSuccess: (res) => {
      if (res.dry_run) {
        setDryRun(res.dry_run)
        return
      }
      setDryRun(null)
      toast.success("Import started")
      client.invalidateQueries({ queryKey: IMPORTS_KEY })
    },
    onError: (e: Error) => toast.error(e.message),
  })

  return (
    <div className="flex flex-col gap-4">
      <Toaster />
      <Container className="flex flex-col gap-4 px-6 py-4">
        <div className="flex items-start justify-between">
          <div>
            <Heading level="h1">Import and export reviews</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              A Judge.me or Yotpo export, or the generic CSV. Re-importing a file creates nothing twice. A review is verified only when a paid order of its email is found.
            </Text>
          </div>
          <a href="/admin/social/reviews/export" download>
            <Button size="small" variant="secondary">
              Export all (CSV)
            </Button>
          </a>
        </div>
        <div className="grid grid-cols-2 gap-4">
          <div>
            <Label htmlFor="reviews-file">CSV file (at most 25 MB)</Label>
            <Input id="reviews-file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </div>
          <div>
            <Label htmlFor="reviews-format">Format</Label>
            <Select value={format} onValueChange={setFormat}>
              <Select.Trigger id="reviews-format" aria-label="Format">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {["auto", "judgeme", "yotpo", "generic"].map((f) => (
                  <Select.Item key={f} value={f}>
                    {f}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div>
            <Label htmlFor="reviews-hosts">Photo hosts (comma separated; empty: Judge.me's and Yotpo's CDNs)</Label>
            <Input id="reviews-hosts" value={hosts} onChange={(e) => setHosts(e.target.value)} placeholder="judgeme.imgix.net" />
          </div>
          <div className="flex items-center gap-2 pt-6">
            <Switch id="reviews-publish" checked={publish} onCheckedChange={setPublish} />
            <Label htmlFor="reviews-publish">Publish at once (else they wait for moderation)</Label>
          </div>
        </div>
        <div className="flex gap-2">
          <Button size="small" variant="secondary" disabled={!file || send.isPending} onClick={() => send.mutate(true)}>
            Check (dry run)
          </Button>
          <Button size="small" disabled={!file || send.isPending} onClick={() => send.mutate(false)}>
            Import
          </Button>
        </div>
        {dryRun ? (
          <div>
            <Text size="small">
              {dryRun.format}: {dryRun.total_rows} rows, {dryRun.would_create} to create, {dryRun.existing_count} already imported, {dryRun.error_count} with errors.
            </Text>
            <ErrorsTable errors={dryRun.errors} />
          </div>
        ) : null}
      </Container>

      <Container className="flex flex-col gap-2 px-6 py-4">
        <Heading level="h2">Imports</Heading>
        {(imports.data?.imports ?? []).map((i) => (
          <details key={i.id} className="border-ui-border-base rounded border px-3 py-2">
            <summary className="flex cursor-pointer items-center gap-3">
              <Badge size="2xsmall" color={statusColor[i.status]}>
                {i.status}
              </Badge>
              <Text size="small">
                {i.filename ?? i.id} ({i.format}): {i.processed_rows}/{i.total_rows} rows, {i.created_count} created, {i.existing_count} already there, {i.error_count} errors, {i.photo_count} photos
              </Text>
              <progress aria-label="Progress" max={Math.max(1, i.total_rows)} value={i.processed_rows} />
            </summary>
            <ErrorsTable errors={i.errors} />
          </details>
        ))}
        {imports.data && !imports.data.count ? <Text size="small">No import yet.</Text> : null}
      </Container>

      <Container className="px-6 py-4">
        <Heading level="h2">Google product ratings feed</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Add this URL in Merchant Center (Product reviews, scheduled fetch). Approved reviews only, low ratings included.
        </Text>
        <code className="text-ui-fg-base break-all text-sm">{feed.data ? (feed.data.feed.url ?? feed.data.feed.path) : "…"}</code>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Review imports" })

export default ReviewImportsPage
