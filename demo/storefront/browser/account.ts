import { claimReferral } from "./social"
import { cartId, customer, forgetReferral, messageOf, money, pendingReferral, sdk } from "./store"

/**
 * Account: log in or register (a referral code the visitor arrived with is claimed right after
 * registering); once signed in, the rewards and referral widgets and the orders.
 */
export async function accountPage(): Promise<void> {
  const me = await customer()
  if (!me) return signedOut()
  const root = document.querySelector<HTMLElement>("[data-signed-in]")!
  root.hidden = false
  root.querySelector("[data-customer-email]")!.textContent = me.email
  root.querySelector("[data-logout]")!.addEventListener("click", async () => {
    await sdk.auth.logout()
    location.reload()
  })
  const { orders } = await sdk.store.order.list({ fields: "id,display_id,total,currency_code,created_at,*items", limit: 20, order: "-created_at" })
  const box = root.querySelector<HTMLElement>("[data-orders]")!
  if (!orders.length) {
    box.textContent = "No orders yet."
    return
  }
  const list = document.createElement("ul")
  for (const order of orders) {
    const li = document.createElement("li")
    li.dataset.orderId = order.id
    li.textContent = `#${order.display_id}: ${money(order.total, order.currency_code)} `
    for (const item of order.items ?? []) {
      const a = document.createElement("a")
      a.href = `/products/${encodeURIComponent((item as any).product_handle ?? "")}#reviews`
      a.textContent = `Review ${item.product_title}`
      li.append(a, " ")
    }
    list.append(li)
  }
  box.replaceChildren(list)
}

function signedOut(): void {
  const root = document.querySelector<HTMLElement>("[data-signed-out]")!
  root.hidden = false
  const code = pendingReferral()
  if (code) {
    root.querySelector<HTMLElement>("[data-referral-note]")!.hidden = false
    root.querySelector("[data-referral-code]")!.textContent = code
  }
  const onSubmit = (selector: string, run: (data: FormData) => Promise<void>) => {
    const form = root.querySelector<HTMLFormElement>(selector)!
    form.addEventListener("submit", async (event) => {
      event.preventDefault()
      const error = form.querySelector<HTMLElement>("[data-error]")!
      error.textContent = ""
      try {
        await run(new FormData(form))
        location.assign("/account")
      } catch (e) {
        error.textContent = messageOf(e)
      }
    })
  }
  const str = (data: FormData, key: string) => String(data.get(key) ?? "").trim()

  onSubmit("[data-login]", async (data) => {
    await sdk.auth.login("customer", "emailpass", { email: str(data, "email"), password: String(data.get("password")) })
    await adoptCart()
  })
  onSubmit("[data-register]", async (data) => {
    const email = str(data, "email")
    const password = String(data.get("password"))
    // Medusa's two steps: an auth identity, then the customer it logs in as.
    await sdk.auth.register("customer", "emailpass", { email, password })
    await sdk.store.customer.create({ email, first_name: str(data, "first_name"), last_name: str(data, "last_name") })
    await sdk.auth.login("customer", "emailpass", { email, password })
    await adoptCart()
    const ref = pendingReferral()
    if (ref) {
      try {
        await claimReferral(ref)
        sessionStorage.setItem("demo_referral_status", `Your friend's code ${ref} is claimed: you both get a reward on your first order.`)
      } catch (e) {
        sessionStorage.setItem("demo_referral_status", `The code ${ref} could not be claimed: ${messageOf(e)}`)
      }
      forgetReferral()
    }
  })
}

/** A guest's cart becomes the customer's once they sign in. */
async function adoptCart(): Promise<void> {
  const id = cartId()
  if (id) await sdk.store.cart.transferCart(id).catch(() => undefined)
}

export function showReferralStatus(): void {
  const message = sessionStorage.getItem("demo_referral_status")
  const el = document.querySelector<HTMLElement>("[data-referral-status]")
  if (message && el) {
    el.textContent = message
    sessionStorage.removeItem("demo_referral_status")
  }
}
