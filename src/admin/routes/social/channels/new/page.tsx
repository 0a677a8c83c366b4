import { Container, Heading, Toaster } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { ChannelForm } from "../../../../components/catalog/channel-form"

/** Connect a new catalog channel; on success the channel's own page opens. */
const NewChannelPage = () => {
  const navigate = useNavigate()
  return (
    <Container className="divide-y p-0">
      <Toaster />
      <div className="px-6 py-4">
        <Heading level="h1">New catalog channel</Heading>
      </div>
      <ChannelForm channel={null} onSaved={(c) => navigate(`/social/channels/${c.id}`)} />
    </Container>
  )
}

export default NewChannelPage
