import { Button, Container, Heading, Text, Toaster } from "@medusajs/ui"
import { Link, useNavigate, useParams } from "react-router-dom"
import { Composer } from "../../../../components/publish/composer"
import { usePost } from "../../../../hooks/publish"

/** One post: edited in the composer until a worker picks it up, then its outcome. */
const PostPage = () => {
  const { id } = useParams()
  const navigate = useNavigate()
  const { data, error } = usePost(id)
  const post = data?.post
  if (!post) {
    return (
      <Container>
        <Text>{error?.message ?? "Loading…"}</Text>
      </Container>
    )
  }
  return (
    <Container className="divide-y p-0">
      <Toaster />
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">Post</Heading>
        <Button size="small" variant="secondary" asChild>
          <Link to="/social/posts">Calendar</Link>
        </Button>
      </div>
      <Composer key={`${post.id}-${post.updated_at}`} post={post} onSaved={() => undefined} onDeleted={() => navigate("/social/posts")} />
    </Container>
  )
}

export default PostPage
