import { Button, Container, Heading, Text, Toaster } from "@medusajs/ui"
import { Link, useNavigate, useParams } from "react-router-dom"
import { Composer } from "../../../../components/publish/composer"
import { PostMetricsView } from "../../../../components/publish/post-metrics"
import { usePost, usePostMetrics } from "../../../../hooks/publish"

/** One post: edited in the composer until a worker picks it up, then its outcome. */
const PostPage = () => {
  const { id } = useParams()
  const navigate = useNavigate()
  const { data, error } = usePost(id)
  const post = data?.post
  const metrics = usePostMetrics(id, post?.status === "published").data?.metrics
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
      {post.status === "published" ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Heading level="h2">What it did</Heading>
          {metrics ? <PostMetricsView metrics={metrics} /> : <Text size="small">Loading…</Text>}
        </div>
      ) : null}
      <Composer key={`${post.id}-${post.updated_at}`} post={post} onSaved={() => undefined} onDeleted={() => navigate("/social/posts")} />
    </Container>
  )
}

export default PostPage
