/**
 * A service account key file as Google Cloud downloads it, made for a test from a key pair the
 * test generates: the contract server verifies assertions with the public half.
 */
import { generateKeyPairSync, randomBytes, type KeyObject } from "node:crypto"

export type TestServiceAccount = {
  clientEmail: string
  publicKey: KeyObject
  /** The key file's content, naming `tokenUri` as its token endpoint. */
  keyFile: (tokenUri: string) => string
}

export function makeServiceAccount(clientEmail = "catalog-sync@shop-project.iam.gserviceaccount.com"): TestServiceAccount {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 })
  const keyId = randomBytes(20).toString("hex")
  const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString()
  const keyFile = (tokenUri: string) =>
    JSON.stringify(
      {
        type: "service_account",
        project_id: "shop-project",
        private_key_id: keyId,
        private_key: pem,
        client_email: clientEmail,
        client_id: "104857600000000000000",
        auth_uri: "https://accounts.google.com/o/oauth2/auth",
        token_uri: tokenUri,
        auth_provider_x509_cert_url: "https://www.googleapis.com/oauth2/v1/certs",
      },
      null,
      2
    )
  return { clientEmail, publicKey, keyFile }
}
