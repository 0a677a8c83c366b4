import { Button, Container, Heading, Text, Toaster, usePrompt } from "@medusajs/ui"
import { useNavigate, useParams } from "react-router-dom"
import { useChannel, useDeleteChannel } from "../../../../hooks/channels"
import { ChannelForm } from "../../../../components/catalog/channel-form"
import { ChannelPreview } from "../../../../components/catalog/channel-preview"
import { ChannelRuns } from "../../../../components/catalog/channel-runs"
import { ChannelItems } from "../../../../components/catalog/channel-items"

/** One channel: its settings, the dry run, "Sync now" with the runs' progress, and the items' errors. */
const ChannelPage = () => {
  const { id } = useParams()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const { data, error } = useChannel(id)
  const channel = data?.channel
  const deleteChannel = useDeleteChannel(id ?? "", () => navigate("/social/channels"))

  const remove = async () => {
    if (!channel || !(await prompt({ title: "Delete this channel?", description: "Its snapshot goes too; items already on the platform stay there.", confirmText: "Delete", cancelText: "Cancel" }))) return
    deleteChannel.mutate()
  }

  if (!channel) {
    return (
      <Container>
        <Text>{error?.message ?? "Loading…"}</Text>
      </Container>
    )
  }
  return (
    <div className="flex flex-col gap-y-3">
      <Toaster />
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h1">{channel.name}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Feed: <a href={channel.feed_url}>{channel.feed_url}</a> {channel.feed_error ? `· ${channel.feed_error}` : ""}
            </Text>
          </div>
          <Button size="small" variant="danger" onClick={remove} isLoading={deleteChannel.isPending}>
            Delete
          </Button>
        </div>
        <ChannelForm key={channel.id} channel={channel} />
      </Container>
      <Container className="p-0">
        <ChannelPreview channelId={channel.id} />
      </Container>
      <Container className="p-0">
        <ChannelRuns channelId={channel.id} />
      </Container>
      <Container className="p-0">
        <ChannelItems channelId={channel.id} counts={channel.item_counts} />
      </Container>
    </div>
  )
}

export default ChannelPage
