import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export const ADMIN_EMAIL = "admin@test.local"
const ADMIN_PASSWORD = "test-password-1"

/**
 * Creates an admin user with an emailpass identity and logs in over HTTP, as the dashboard
 * does. Returns request headers carrying the bearer token. Specs call it in a `beforeAll`: that
 * runs before the test runner snapshots the database, so every test's restored database holds the
 * user and the token (a signed JWT) stays valid, without a password hash and a login per test.
 */
export async function createAdminHeaders(container: MedusaContainer, api: any) {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const [existing] = await userModule.listUsers({ email: ADMIN_EMAIL })
  const user = existing ?? (await userModule.createUsers({ email: ADMIN_EMAIL }))
  if (!existing) {
    const { authIdentity } = await authModule.register("emailpass", {
      body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
    } as any)
    await authModule.updateAuthIdentities({
      id: authIdentity!.id,
      app_metadata: { user_id: user.id },
    })
  }
  const { data } = await api.post("/auth/user/emailpass", { email: ADMIN_EMAIL, password: ADMIN_PASSWORD })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** A publishable API key linked to the default sales channel, as a storefront has. */
export async function createPublishableKeyHeaders(container: MedusaContainer) {
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const key = await apiKeyModule.createApiKeys({
    title: "test storefront",
    type: "publishable",
    created_by: "test",
  })
  return { headers: { "x-publishable-api-key": key.token } }
}

/**
 * Registers a customer through the store API (as a storefront does) and logs them in.
 * Returns the customer and headers carrying both the customer's token and the publishable key.
 */
export async function createCustomerHeaders(
  api: any,
  publishable: { headers: Record<string, string> },
  email = `shopper-${Math.random().toString(36).slice(2, 10)}@test.local`,
  password = "shopper-password-1"
) {
  const reg = await api.post("/auth/customer/emailpass/register", { email, password })
  const customer = await api.post(
    "/store/customers",
    { email, first_name: "Test", last_name: "Shopper" },
    { headers: { ...publishable.headers, authorization: `Bearer ${reg.data.token}` } }
  )
  const login = await api.post("/auth/customer/emailpass", { email, password })
  return {
    customer: customer.data.customer as { id: string; email: string },
    headers: { ...publishable.headers, authorization: `Bearer ${login.data.token}` },
  }
}
