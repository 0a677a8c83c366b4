import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

/** The largest reviews CSV taken (about 80,000 reviews of average length). */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024
const FORM_ROOM = 64 * 1024

/**
 * Reads a multipart upload with one `file` (the CSV) into memory. The request is refused before a
 * byte of it is read when it does not declare its length or declares more than the limit; multer
 * stops at the limit too (a lying Content-Length gains nothing). Errors name the field.
 */
export function acceptImportFile() {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10, fieldSize: 8 * 1024 },
  }).single("file")
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (!req.is("multipart/form-data")) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: body: must be multipart/form-data with the CSV in the field \"file\""))
    }
    const declared = Number(req.headers["content-length"])
    if (!req.headers["content-length"] || !Number.isFinite(declared)) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: file: the upload must send its Content-Length"))
    }
    if (declared > MAX_IMPORT_BYTES + FORM_ROOM) {
      // Not read: the connection is closed once the answer is sent, so the rest never arrives.
      res.setHeader("Connection", "close")
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: file: must be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`))
    }
    upload(req, res, (err?: { code?: string; message?: string }) => {
      if (!err) {
        if (!(req as unknown as { file?: unknown }).file) {
          return next(new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: file: is required"))
        }
        return next()
      }
      const message =
        err.code === "LIMIT_FILE_SIZE"
          ? `file: must be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`
          : err.code === "LIMIT_UNEXPECTED_FILE" || err.code === "LIMIT_FILE_COUNT"
            ? "file: send one CSV in the field \"file\""
            : `body: ${err.message ?? "unreadable multipart body"}`
      next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${message}`))
    })
  }
}

export type UploadedCsv = { originalname: string; buffer: Buffer; size: number }
export const uploadedCsv = (req: MedusaRequest) => (req as unknown as { file: UploadedCsv }).file
