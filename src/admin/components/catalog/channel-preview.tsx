import { Button, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { usePreviewChannel } from "../../hooks/channels"
import { LINK } from "../link-style"

const COUNTS = ["variants", "create", "update", "delete", "unchanged", "invalid"] as const

/** The dry run: what a sync would create, update and delete, and samples of invalid items. */
export function ChannelPreview({ channelId }: { channelId: string }) {
  const run = usePreviewChannel(channelId)
  const preview = run.data?.preview

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="channel-preview">
      <div className="flex items-center justify-between">
        <div>
          <Heading level="h2">Preview</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            A dry run: nothing is written or sent.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => run.mutate()} isLoading={run.isPending} data-testid="channel-preview-run">
          Preview
        </Button>
      </div>
      {preview ? (
        <>
          <div className="flex flex-wrap gap-6">
            {COUNTS.map((k) => (
              <div key={k} data-count={k}>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {k}
                </Text>
                <Text weight="plus">{preview[k]}</Text>
              </div>
            ))}
          </div>
          {preview.invalid_samples.length ? (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Variant</Table.HeaderCell>
                  <Table.HeaderCell>Why it is invalid</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {preview.invalid_samples.map((s) => (
                  <Table.Row key={s.variant_id}>
                    <Table.Cell>
                      <Link className={LINK} to={`/products/${s.product_id}`}>
                        {s.variant_id}
                      </Link>
                    </Table.Cell>
                    <Table.Cell className="whitespace-normal">{s.errors.map((e) => `${e.field}: ${e.message} (${e.code})`).join("; ")}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ) : null}
        </>
      ) : null}
    </div>
  )
}
