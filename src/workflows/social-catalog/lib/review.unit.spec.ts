import { googleIssues } from "../../../providers/catalog/google/mapper"
import type { RemoteIssue } from "../../../providers/catalog/types"
import { reviewOutcome } from "./review"

const disapproved: RemoteIssue = { code: "google_image_too_small", message: "Image too small", severity: "disapproved", attribute: "imageLink" }
const demoted: RemoteIssue = { code: "google_missing_size_system", message: "Missing size system", severity: "demoted" }

describe("reviewOutcome", () => {
  it("turns a disapproval of a synced item into an error with the platform's message, without sending it again", () => {
    const outcome = reviewOutcome({ status: "synced", remote_status: "ok", dirty: false }, [demoted, disapproved])
    expect(outcome?.kind).toBe("disapproved")
    expect(outcome?.update).toMatchObject({ status: "error", remote_status: "disapproved", error_code: "google_image_too_small" })
    expect(outcome?.update).not.toHaveProperty("dirty")
    expect(JSON.parse(outcome!.update.errors)).toEqual([
      { code: "google_image_too_small", field: "imageLink", message: "Image too small", source: "platform_review" },
    ])
  })

  it("clears a disapproval the platform no longer reports, and ignores demotions and warnings", () => {
    expect(reviewOutcome({ status: "error", remote_status: "disapproved", dirty: false }, [demoted])).toMatchObject({
      kind: "cleared",
      update: { status: "synced", remote_status: "ok", error_code: null, errors: "[]" },
    })
    expect(reviewOutcome({ status: "synced", remote_status: "ok", dirty: false }, [demoted])).toBeNull()
  })

  it("changes nothing while the platform has no verdict on the item (review under way, outside a sample)", () => {
    const metaRejection: RemoteIssue = { code: "meta_adult_content", message: "ADULT_CONTENT", severity: "disapproved" }
    expect(reviewOutcome({ status: "synced", remote_status: "ok", dirty: false }, [metaRejection], { undecided: true })).toBeNull()
    // A rejection stays listed until the platform approves the item, not while it reviews again.
    expect(reviewOutcome({ status: "error", remote_status: "disapproved", dirty: false }, [], { undecided: true })).toBeNull()
    expect(reviewOutcome({ status: "error", remote_status: "disapproved", dirty: false }, [], { undecided: false })).toMatchObject({ kind: "cleared" })
  })

  it("leaves rows whose content is not the platform's yet: waiting to be sent, deferred, refused", () => {
    expect(reviewOutcome({ status: "synced", dirty: true }, [disapproved])).toBeNull()
    expect(reviewOutcome({ status: "deferred", remote_status: "ok", dirty: true }, [disapproved])).toBeNull()
    expect(reviewOutcome({ status: "error", remote_status: "rejected", dirty: true }, [disapproved])).toBeNull()
    expect(reviewOutcome({ status: "pending", remote_status: null, dirty: false }, [disapproved])).toBeNull()
  })
})

describe("googleIssues", () => {
  it("reads a Product's itemLevelIssues: severity, attribute and the message Merchant Center shows", () => {
    const issues = googleIssues({
      itemLevelIssues: [
        { code: "image_too_small", severity: "DISAPPROVED", attribute: "imageLink", description: "Image too small", detail: "Use at least 100 x 100" },
        { code: "missing_size_system", severity: "DEMOTED", description: "Missing size system" },
        { code: "missing_gtin", severity: "NOT_IMPACTED" },
      ],
    })
    expect(issues).toEqual([
      { code: "google_image_too_small", message: "Image too small: Use at least 100 x 100", severity: "disapproved", attribute: "imageLink" },
      { code: "google_missing_size_system", message: "Missing size system", severity: "demoted", attribute: null },
      { code: "google_missing_gtin", message: "missing_gtin", severity: "warning", attribute: null },
    ])
    expect(googleIssues(undefined)).toEqual([])
  })
})
