import type { HttpTypes } from "@medusajs/framework/types"
import { currentCart, money, refreshCartCount, sdk, CART_FIELDS } from "./store"

/** The cart: lines with quantities, their removal, and the way to checkout. */
export async function cartPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>("[data-cart]")!
  const render = (cart: HttpTypes.StoreCart | null) => {
    if (!cart?.items?.length) {
      root.innerHTML = '<p>Your cart is empty. <a href="/">Continue shopping</a></p>'
      return
    }
    root.replaceChildren()
    const list = document.createElement("ul")
    list.className = "lines"
    for (const item of cart.items) {
      const li = document.createElement("li")
      li.dataset.lineId = item.id
      const name = document.createElement("span")
      name.textContent = `${item.product_title} (${item.variant_title}) × ${item.quantity}`
      const price = document.createElement("span")
      price.textContent = money(item.total ?? item.unit_price * item.quantity, cart.currency_code)
      const remove = document.createElement("button")
      remove.type = "button"
      remove.textContent = "Remove"
      remove.setAttribute("aria-label", `Remove ${item.product_title}`)
      remove.addEventListener("click", async () => {
        const { parent } = await sdk.store.cart.deleteLineItem(cart.id, item.id)
        render(parent ? (await sdk.store.cart.retrieve(cart.id, { fields: CART_FIELDS })).cart : null)
        await refreshCartCount()
      })
      li.append(name, " ", price, " ", remove)
      list.append(li)
    }
    const total = document.createElement("p")
    total.innerHTML = `Subtotal: <strong data-amount="${cart.item_total}"></strong>`
    total.querySelector("strong")!.textContent = money(cart.item_total, cart.currency_code)
    const checkout = document.createElement("a")
    checkout.href = "/checkout"
    checkout.className = "button"
    checkout.textContent = "Checkout"
    root.append(list, total, checkout)
  }
  render(await currentCart())
}
