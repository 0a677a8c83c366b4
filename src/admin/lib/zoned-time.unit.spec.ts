import { isoToZoned, zonedToIso, zoneOffsetMinutes } from "./zoned-time"

describe("zonedToIso", () => {
  it("gives the zone's offset at that date, summer time included", () => {
    expect(zonedToIso("2026-12-24T09:00", "Europe/Paris")).toBe("2026-12-24T09:00:00+01:00")
    expect(zonedToIso("2026-07-14T09:00", "Europe/Paris")).toBe("2026-07-14T09:00:00+02:00")
    expect(zonedToIso("2026-07-04T18:30", "America/New_York")).toBe("2026-07-04T18:30:00-04:00")
    expect(zonedToIso("2026-03-01T08:00", "Asia/Kolkata")).toBe("2026-03-01T08:00:00+05:30")
    expect(zonedToIso("2026-03-01T08:00", "UTC")).toBe("2026-03-01T08:00:00+00:00")
  })

  it("names the same instant as the wall clock it was given", () => {
    for (const zone of ["Europe/Paris", "America/Los_Angeles", "Australia/Sydney", "Pacific/Chatham"]) {
      for (const local of ["2026-01-15T00:15", "2026-06-30T23:45", "2026-10-25T12:00"]) {
        expect(isoToZoned(zonedToIso(local, zone)!, zone)).toBe(local)
      }
    }
  })

  it("refuses what is not a datetime-local value", () => {
    expect(zonedToIso("", "UTC")).toBeNull()
    expect(zonedToIso("24/12/2026 09:00", "UTC")).toBeNull()
  })
})

describe("zoneOffsetMinutes", () => {
  it("follows the clock change: Paris is +60 before 29 March 2026 01:00 UTC and +120 after", () => {
    expect(zoneOffsetMinutes(Date.parse("2026-03-29T00:59:00Z"), "Europe/Paris")).toBe(60)
    expect(zoneOffsetMinutes(Date.parse("2026-03-29T01:00:00Z"), "Europe/Paris")).toBe(120)
  })
})
