import { bindTouches } from "./social"
import { ensureCart, messageOf, refreshCartCount, sdk } from "./store"

/** Add to cart: creates the cart on first use (binding the landing to it), then adds the line. */
export function productPage(): void {
  const form = document.querySelector<HTMLFormElement>("[data-add-to-cart]")
  if (!form) return
  const status = form.querySelector<HTMLElement>("[data-status]")!
  form.addEventListener("submit", async (event) => {
    event.preventDefault()
    const data = new FormData(form)
    const button = form.querySelector("button")!
    button.disabled = true
    status.textContent = "Adding…"
    try {
      const cart = await ensureCart(bindTouches)
      await sdk.store.cart.createLineItem(cart.id, { variant_id: String(data.get("variant_id")), quantity: Number(data.get("quantity")) })
      status.innerHTML = 'Added to your cart. <a href="/cart">View cart</a>'
      await refreshCartCount()
    } catch (e) {
      status.textContent = `Could not add it: ${messageOf(e)}`
    } finally {
      button.disabled = false
    }
  })
}
