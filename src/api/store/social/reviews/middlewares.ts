import { authenticate, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { PRODUCT_REVIEW_MODULE, type ReviewOptions } from "../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../modules/product-review/service"
import { rateLimit } from "../../../utils/rate-limit"
import { markValidator, validateBody, validateQuery } from "../../../utils/validation"
import { parsePluginOptions } from "../../../../modules/social-settings/options"
import { StoreHelpfulVote, StoreListReviewsQuery, StoreReportReview, storeCreateReviewSchema, storeUpdateReviewSchema } from "./validators"

/** Room in a multipart body for the review's text fields and the parts' headers. */
const FORM_FIELDS_ROOM = 128 * 1024

const options = (req: MedusaRequest): ReviewOptions =>
  req.scope.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).getReviewOptions()

/**
 * Reads `multipart/form-data` (fields + `photos` files) into memory within the `reviews` limits;
 * a JSON body passes through untouched. Multer's own errors become 400s naming `photos`. The whole
 * body is bounded before it is read: it must declare its length (browsers' FormData uploads do),
 * at most `maxTotalPhotoBytes` plus room for the form fields, and Node stops reading at that length.
 */
export function acceptPhotos() {
  let upload: ReturnType<ReturnType<typeof multer>["array"]> | null = null
  let limits: ReviewOptions | null = null
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (!req.is("multipart/form-data")) {
      return next()
    }
    const o = options(req)
    const declared = Number(req.headers["content-length"])
    if (!req.headers["content-length"] || !Number.isFinite(declared)) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: photos: a multipart upload must send its Content-Length"))
    }
    if (declared > o.maxTotalPhotoBytes + FORM_FIELDS_ROOM) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Invalid request: photos: all photos together must be at most ${Math.floor(o.maxTotalPhotoBytes / 1024)} KB`
        )
      )
    }
    if (!upload || limits !== o) {
      limits = o
      upload = multer({
        storage: multer.memoryStorage(),
        limits: { fileSize: o.maxPhotoBytes, files: o.maxPhotos, fields: 10, fieldSize: 64 * 1024 },
      }).array("photos", o.maxPhotos)
    }
    upload(req, res, (err?: any) => {
      if (!err) {
        return next()
      }
      const message =
        err.code === "LIMIT_FILE_SIZE"
          ? `photos: each photo must be at most ${Math.floor(o.maxPhotoBytes / 1024)} KB`
          : err.code === "LIMIT_FILE_COUNT" || err.code === "LIMIT_UNEXPECTED_FILE"
            ? `photos: at most ${o.maxPhotos} photos, sent as the "photos" field`
            : `body: ${err.message ?? "unreadable multipart body"}`
      next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${message}`))
    })
  }
}

/** Form fields arrive as strings: turn the rating into a number and the consent into a boolean before the strict schema sees them. */
export function coerceFormFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as { rating?: unknown; social_consent?: unknown } | undefined
  if (req.is("multipart/form-data") && body && typeof body.rating === "string") {
    const raw = body.rating.trim()
    body.rating = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw
  }
  if (req.is("multipart/form-data") && body && (body.social_consent === "true" || body.social_consent === "false")) {
    body.social_consent = body.social_consent === "true"
  }
  next()
}

/** Validates against a schema built from the review options (length limits). */
export function validateWithOptions(build: (o: ReviewOptions) => Parameters<typeof validateBody>[0]) {
  const cache = new WeakMap<object, ReturnType<typeof validateBody>>()
  return markValidator(
    (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
      const o = options(req)
      let validator = cache.get(o)
      if (!validator) {
        validator = validateBody(build(o))
        cache.set(o, validator)
      }
      return validator(req, res, next)
    },
    // Described with the default options' limits.
    { target: "body", schema: () => build(parsePluginOptions({}).reviews) }
  )
}

const customerOnly = authenticate("customer", ["session", "bearer"])

export const storeSocialReviewsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/social/reviews",
    middlewares: [customerOnly, rateLimit("reviewWrite"), acceptPhotos(), coerceFormFields, validateWithOptions(storeCreateReviewSchema)],
  },
  {
    method: ["POST"],
    matcher: "/store/social/reviews/:id",
    middlewares: [customerOnly, rateLimit("reviewWrite"), validateWithOptions(storeUpdateReviewSchema)],
  },
  {
    method: ["DELETE"],
    matcher: "/store/social/reviews/:id",
    middlewares: [customerOnly, rateLimit("reviewWrite")],
  },
  {
    method: ["POST"],
    matcher: "/store/social/reviews/:id/helpful",
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      rateLimit("helpfulVote"),
      validateBody(StoreHelpfulVote),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/social/reviews/:id/report",
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      rateLimit("reviewReport"),
      validateBody(StoreReportReview),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/social/products/:id/reviews",
    middlewares: [validateQuery(StoreListReviewsQuery)],
  },
]
