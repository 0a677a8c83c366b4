import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CATALOG_CREDENTIAL_KEYS, CATALOG_SIGN_IN } from "../../../../../providers/catalog"
import { DESTINATIONS } from "../../../../../modules/social-catalog/lib/destinations"
import { FORMATS_BY_DESTINATION } from "../../../../../modules/social-catalog/lib/formats"

/**
 * What each destination takes: its feed formats (the first is the default), the credentials
 * its push provider needs ("?" marks an optional one) and its ways to sign in (`sign_in`: one of
 * these sets is needed for a push; the first one stored wins). The admin's channel form is built
 * from this, so it never keeps its own copy of the providers' lists.
 */
export async function GET(_req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({
    destinations: DESTINATIONS.map((destination) => ({
      destination,
      feed_formats: FORMATS_BY_DESTINATION[destination],
      credential_keys: CATALOG_CREDENTIAL_KEYS[destination],
      sign_in: CATALOG_SIGN_IN[destination],
    })),
  })
}
