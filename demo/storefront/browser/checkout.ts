import type { HttpTypes } from "@medusajs/framework/types"
import { CART_FIELDS, currentCart, customer, forgetCart, messageOf, money, refreshCartCount, sdk } from "./store"

const ADDRESS_FIELDS = ["first_name", "last_name", "address_1", "postal_code", "city", "country_code"] as const

/**
 * Checkout: address, one of the demo's shipping options, discount codes (a reward's code too), and
 * the system payment provider; the totals are the cart's own, as Medusa computes them.
 */
export async function checkoutPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>("[data-checkout]")!
  const error = form.querySelector<HTMLElement>("[data-error]")!
  let cart = await currentCart()
  if (!cart?.items?.length) {
    document.querySelector<HTMLElement>("[data-checkout-empty]")!.hidden = false
    return
  }
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement
  const country = field("country_code") as HTMLSelectElement
  for (const c of cart.region?.countries ?? []) country.add(new Option(c.display_name ?? c.iso_2 ?? "", c.iso_2 ?? ""))

  const me = await customer()
  // A signed-in customer's rewards, with "apply to cart": the widget adds the code, the totals follow.
  document.querySelector<HTMLElement>("[data-rewards]")!.hidden = !me
  document.addEventListener("social-reward-applied", () => void reload())
  field("email").value = cart.email ?? me?.email ?? ""
  const address = cart.shipping_address
  for (const name of ADDRESS_FIELDS) {
    const value = (address as any)?.[name] ?? (name === "first_name" ? me?.first_name : name === "last_name" ? me?.last_name : "")
    if (value) field(name).value = value
  }

  const reload = async () => {
    cart = (await sdk.store.cart.retrieve(cart!.id, { fields: CART_FIELDS })).cart
    renderTotals(cart)
    renderCodes(cart)
    ;(form.querySelector("[data-place-order]") as HTMLButtonElement).disabled = !cart.shipping_methods?.length
  }
  const attempt = (fn: () => Promise<void>) => async () => {
    error.textContent = ""
    try {
      await fn()
    } catch (e) {
      error.textContent = messageOf(e)
    }
  }

  const saveAddress = attempt(async () => {
    const missing = ["email", ...ADDRESS_FIELDS].find((name) => !field(name).value.trim())
    if (missing) throw new Error(`Please fill in ${form.querySelector(`label[for="${missing}"]`)?.textContent ?? missing}.`)
    const shipping_address = Object.fromEntries(ADDRESS_FIELDS.map((name) => [name, field(name).value.trim()]))
    await sdk.store.cart.update(cart!.id, { email: field("email").value.trim(), shipping_address, billing_address: shipping_address })
    await renderShippingOptions()
    await reload()
  })

  const renderShippingOptions = async () => {
    const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart!.id })
    const box = form.querySelector<HTMLElement>("[data-shipping-options]")!
    box.replaceChildren()
    for (const option of shipping_options) {
      const label = document.createElement("label")
      const input = document.createElement("input")
      input.type = "radio"
      input.name = "shipping_option"
      input.value = option.id
      input.checked = cart!.shipping_methods?.some((m) => m.shipping_option_id === option.id) ?? false
      input.addEventListener(
        "change",
        attempt(async () => {
          await sdk.store.cart.addShippingMethod(cart!.id, { option_id: option.id })
          await reload()
        })
      )
      label.append(input, ` ${option.name}: ${money(option.amount, cart!.currency_code)} excl. VAT`)
      box.append(label)
    }
    form.querySelector<HTMLFieldSetElement>("[data-shipping]")!.disabled = false
  }

  const applyCode = attempt(async () => {
    const input = field("promo_code")
    const code = input.value.trim()
    if (!code) return
    const before = (cart!.promotions ?? []).map((p) => p.code!).filter(Boolean)
    const { cart: updated } = await sdk.store.cart.update(cart!.id, { promo_codes: [...before, code] }, { fields: CART_FIELDS })
    // Medusa drops a code it cannot apply without an error: say so instead of failing silently.
    if (!(updated.promotions ?? []).some((p) => p.code?.toUpperCase() === code.toUpperCase())) {
      throw new Error(`The code ${code} cannot be used on this cart.`)
    }
    input.value = ""
    await reload()
  })

  const renderCodes = (c: HttpTypes.StoreCart) => {
    const list = form.querySelector<HTMLElement>("[data-codes]")!
    list.replaceChildren(
      ...(c.promotions ?? []).filter((p) => p.code).map((p) => {
        const li = document.createElement("li")
        li.dataset.code = p.code!
        li.textContent = `${p.code} applied`
        return li
      })
    )
  }

  form.querySelector("[data-save-address]")!.addEventListener("click", saveAddress)
  form.querySelector("[data-apply-code]")!.addEventListener("click", applyCode)
  field("promo_code").addEventListener("keydown", (e) => {
    if ((e as KeyboardEvent).key === "Enter") {
      e.preventDefault()
      applyCode()
    }
  })
  form.addEventListener(
    "submit",
    async (event) => {
      event.preventDefault()
      await attempt(async () => {
        await sdk.store.payment.initiatePaymentSession(cart!, { provider_id: "pp_system_default" })
        const result = await sdk.store.cart.complete(cart!.id)
        if (result.type !== "order") throw new Error(result.error?.message ?? "The order could not be placed.")
        forgetCart()
        await refreshCartCount()
        showConfirmation(result.order)
      })()
    }
  )

  // A code handed over by the rewards widget ("apply to cart") or a ?code= link.
  const handed = new URLSearchParams(location.search).get("code")
  if (handed) {
    field("promo_code").value = handed
    await applyCode()
  }
  if (cart.shipping_address?.address_1) await renderShippingOptions()
  await reload()
  // Shown only now that every control is wired: a click before that would do nothing.
  form.hidden = false
}

type CartTotals = HttpTypes.StoreCart & { original_item_total?: number; discount_subtotal?: number }

function renderTotals(cart: HttpTypes.StoreCart): void {
  const rows: [string, string, number | null | undefined][] = [
    // item_total is already net of discounts: the lines before them, then the discount.
    ["Items", "original_item_total", (cart as CartTotals).original_item_total],
    ["Discount", "discount_total", cart.discount_total ? -cart.discount_total : 0],
    ["Shipping", "shipping_total", cart.shipping_total],
    ["Tax (included)", "tax_total", cart.tax_total],
    ["Total", "total", cart.total],
  ]
  const dl = document.querySelector<HTMLElement>("[data-totals]")!
  dl.replaceChildren()
  for (const [label, key, amount] of rows) {
    const dt = document.createElement("dt")
    dt.textContent = label
    const dd = document.createElement("dd")
    dd.dataset.total = key
    dd.dataset.amount = String(amount ?? 0)
    dd.textContent = money(amount, cart.currency_code)
    // The discount before tax: what a fixed-amount code is worth (the total also loses its tax).
    if (key === "discount_total") dd.dataset.beforeTax = String((cart as CartTotals).discount_subtotal ?? 0)
    dl.append(dt, dd)
  }
}

function showConfirmation(order: HttpTypes.StoreOrder): void {
  document.querySelector<HTMLElement>("[data-checkout]")!.hidden = true
  const box = document.querySelector<HTMLElement>("[data-confirmation]")!
  box.hidden = false
  box.dataset.orderId = order.id
  const h = document.createElement("h2")
  h.textContent = `Thank you! Order #${order.display_id} is placed.`
  const p = document.createElement("p")
  p.textContent = `Total ${money(order.total, order.currency_code)}. Once it arrives, review what you bought on its product page; your rewards are under Account.`
  const links = document.createElement("p")
  for (const item of order.items ?? []) {
    const a = document.createElement("a")
    a.href = `/products/${encodeURIComponent((item as any).product_handle ?? "")}#reviews`
    a.textContent = `Review ${item.product_title}`
    links.append(a, " ")
  }
  box.replaceChildren(h, p, links)
  h.tabIndex = -1
  h.focus()
}
