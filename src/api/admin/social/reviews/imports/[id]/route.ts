import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_MODULE } from "../../../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../../../modules/product-review/service"
import { presentImport } from "../../present"

/** One import and its progress (the admin page polls it while it runs). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [found] = await req.scope
    .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    .listReviewImports({ id: req.params.id }, { take: 1 })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Import "${req.params.id}" not found`)
  res.json({ import: presentImport(found) })
}
