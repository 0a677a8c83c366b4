import { credentialProblems, parseServiceAccountCredential } from "./credentials"
import { makeServiceAccount } from "../../../integration-tests/contract-servers/_keys"

describe("credentials a destination takes", () => {
  it("refuses names of another destination, and a refresh token without its OAuth client", () => {
    expect(credentialProblems("google", { service_account_json: "{}", merchant_id: "1" })).toEqual([])
    expect(credentialProblems("meta", { service_account_json: "{}", access_token: "t" })).toEqual([
      { field: "credentials.service_account_json", message: "meta channels do not take it (only google)" },
    ])
    expect(credentialProblems("tiktok", { refresh_token: "r", client_id: "c", client_secret: "s" }).map((p) => p.field)).toEqual([
      "credentials.refresh_token",
      "credentials.client_id",
      "credentials.client_secret",
    ])
    expect(credentialProblems("pinterest", { refresh_token: "r", client_id: "c" })).toEqual([
      { field: "credentials.client_secret", message: "is required with refresh_token (the OAuth client that obtained it)" },
    ])
    // An update: what the channel stores counts, what the request removes does not.
    expect(credentialProblems("pinterest", { refresh_token: "r2" }, ["client_id", "client_secret", "refresh_token"])).toEqual([])
    expect(credentialProblems("google", { client_secret: null }, ["client_id", "client_secret", "refresh_token"]).map((p) => p.field)).toEqual(["credentials.client_secret"])
    // Removing a name this destination does not take is always allowed.
    expect(credentialProblems("meta", { refresh_token: null })).toEqual([])
  })

  it("takes a service account key as the file's text or as its JSON object", () => {
    const file = makeServiceAccount().keyFile("https://oauth2.googleapis.com/token")
    expect(parseServiceAccountCredential(file)).toEqual({ ok: true, text: file })
    expect(parseServiceAccountCredential(JSON.parse(file))).toMatchObject({ ok: true })
    expect(parseServiceAccountCredential({ client_email: "a@b" })).toEqual({ ok: false, message: "has no private_key (a PEM private key)" })
  })
})
