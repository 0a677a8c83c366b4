import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { CardImages } from "../components/product/card-images"
import { ShareLinksTable } from "../components/product/share-links-table"

/** On a product's page: its share cards in every format, its share links' results, and "Post" to compose a post about it. */
const ProductSocialWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => (
  <Container className="divide-y p-0" data-testid="product-social-widget">
    <div className="flex items-start justify-between gap-4 px-6 py-4">
      <div>
        <Heading level="h2">Social</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          The cards shown when this product is shared, and what its share links did.
        </Text>
      </div>
      <Button size="small" variant="secondary" asChild>
        <Link to={`/social/posts/new?product_id=${encodeURIComponent(product.id)}`} data-testid="product-social-post">
          Post
        </Link>
      </Button>
    </div>
    <div className="px-6 py-4">
      <CardImages productId={product.id} />
    </div>
    <ShareLinksTable productId={product.id} />
  </Container>
)

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductSocialWidget
