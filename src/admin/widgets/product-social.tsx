import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { CardImages } from "../components/product/card-images"
import { ShareLinksTable } from "../components/product/share-links-table"

/** On a product's page: its share cards in every format and its share links' results. */
const ProductSocialWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => (
  <Container className="divide-y p-0" data-testid="product-social-widget">
    <div className="px-6 py-4">
      <Heading level="h2">Social</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        The cards shown when this product is shared, and what its share links did.
      </Text>
    </div>
    <div className="px-6 py-4">
      <CardImages productId={product.id} />
    </div>
    <ShareLinksTable productId={product.id} />
  </Container>
)

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductSocialWidget
