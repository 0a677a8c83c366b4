import { accountPage, showReferralStatus } from "./account"
import { cartPage } from "./cart"
import { checkoutPage } from "./checkout"
import { productPage } from "./product"
import { configureWidgets, showCartToTracker } from "./social"
import { customer, refreshCartCount, rememberReferral } from "./store"

/** The page script: one function per page (the body's data-page), plus what every page does. */
const pages: Record<string, () => void | Promise<void>> = {
  product: productPage,
  cart: cartPage,
  checkout: checkoutPage,
  account: async () => {
    await accountPage()
    showReferralStatus()
  },
}

async function main(): Promise<void> {
  configureWidgets()
  showCartToTracker()
  rememberReferral()
  const me = await customer()
  if (me) document.querySelector("[data-account-link]")!.textContent = `Account (${me.first_name ?? me.email})`
  await Promise.all([refreshCartCount(), pages[document.body.dataset.page ?? ""]?.()])
  document.body.dataset.ready = "true"
}

main().catch((e) => console.error("storefront:", e))
