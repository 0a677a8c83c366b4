import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

export type ReviewPhotoInput = {
  filename: string
  /** Base64 of the re-encoded JPEG (see lib/photos.ts: never the bytes as uploaded). */
  content: string
  mime_type: string
  width: number
  height: number
  size: number
}

export type UploadedReviewPhoto = Omit<ReviewPhotoInput, "content" | "filename"> & {
  file_id: string
  url: string
  rank: number
  is_public: boolean
}

/**
 * This step stores the review's photos through the File module: public when the review is
 * published at once, private while it waits for moderation (approval makes them public, see
 * publish-review-photos). Its compensation deletes the files it stored.
 */
export const uploadReviewPhotosStep = createStep(
  "upload-review-photos",
  async ({ photos, is_public }: { photos: ReviewPhotoInput[]; is_public: boolean }, { container }) => {
    if (!photos.length) {
      return new StepResponse([] as UploadedReviewPhoto[], [] as string[])
    }
    const files = await container.resolve(Modules.FILE).createFiles(
      photos.map((p) => ({ filename: p.filename, mimeType: p.mime_type, content: p.content, access: is_public ? ("public" as const) : ("private" as const) }))
    )
    const uploaded: UploadedReviewPhoto[] = files.map((f, rank) => ({
      file_id: f.id,
      url: f.url,
      mime_type: photos[rank].mime_type,
      width: photos[rank].width,
      height: photos[rank].height,
      size: photos[rank].size,
      rank,
      is_public,
    }))
    return new StepResponse(
      uploaded,
      files.map((f) => f.id)
    )
  },
  async (fileIds, { container }) => {
    if (!fileIds?.length) {
      return
    }
    await container.resolve(Modules.FILE).deleteFiles(fileIds)
  }
)
