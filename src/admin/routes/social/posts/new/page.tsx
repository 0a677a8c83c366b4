import { Container, Heading, Toaster } from "@medusajs/ui"
import { useNavigate, useSearchParams } from "react-router-dom"
import { Composer } from "../../../../components/publish/composer"

/** Compose a post (`?product_id=` from the product page's "Post" action); once saved, its own page opens. */
const NewPostPage = () => {
  const navigate = useNavigate()
  const [params] = useSearchParams()
  return (
    <Container className="divide-y p-0">
      <Toaster />
      <div className="px-6 py-4">
        <Heading level="h1">Compose a post</Heading>
      </div>
      <Composer post={null} productId={params.get("product_id") ?? undefined} accountId={params.get("account_id") ?? undefined} onSaved={(p) => navigate(`/social/posts/${p.id}`)} />
    </Container>
  )
}

export default NewPostPage
