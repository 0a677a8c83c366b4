import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import { defaultReviewOptions, openApiDocumentFor } from "../../openapi/document"

/**
 * GET /social/openapi.json: the OpenAPI 3.1 document of the plugin's routes, with this store's
 * review limits. Public (no key): it describes the API, not the store's data.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const reviews = req.scope.hasRegistration(PRODUCT_REVIEW_MODULE)
    ? req.scope.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).getReviewOptions()
    : defaultReviewOptions()
  res.set("Cache-Control", "public, max-age=300")
  res.json(openApiDocumentFor(reviews))
}
