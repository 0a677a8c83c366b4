// A shopper of the demo store, over the store API as a storefront calls it: registers, buys a
// product (cart, address, shipping, the system payment provider, complete) and reviews it. The
// browser test uses it so that the admin pages have a real review, order and reward to show.
"use strict"

function storeClient(base, publishableKey) {
  let token = null
  const call = async (method, url, body) => {
    const headers = { "content-type": "application/json", "x-publishable-api-key": publishableKey }
    if (token) headers.authorization = `Bearer ${token}`
    const res = await fetch(base + url, { method, headers, body: body ? JSON.stringify(body) : undefined })
    const data = await res.json().catch(() => null)
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(data)}`)
    return data
  }
  return { call, setToken: (t) => (token = t) }
}

/** Registers a customer, places an order of the product's first variant in EUR, and writes a review. */
async function buyAndReview(base, publishableKey, productId, { email, rating = 4 }) {
  const store = storeClient(base, publishableKey)
  const password = "shopper-pw-123"
  store.setToken((await store.call("POST", "/auth/customer/emailpass/register", { email, password })).token)
  const { customer } = await store.call("POST", "/store/customers", { email, first_name: "Robin", last_name: "Shopper" })
  store.setToken((await store.call("POST", "/auth/customer/emailpass", { email, password })).token)

  const { regions } = await store.call("GET", "/store/regions?fields=id,currency_code,*countries")
  const region = regions.find((r) => r.currency_code === "eur")
  const { products } = await store.call("GET", `/store/products?id=${productId}&fields=id,*variants`)
  let { cart } = await store.call("POST", "/store/carts", { region_id: region.id, email, items: [{ variant_id: products[0].variants[0].id, quantity: 1 }] })
  const country = region.countries[0].iso_2
  await store.call("POST", `/store/carts/${cart.id}`, {
    shipping_address: { first_name: "Robin", last_name: "Shopper", address_1: "1 Main Street", city: "Town", postal_code: "1000", country_code: country },
  })
  const { shipping_options } = await store.call("GET", `/store/shipping-options?cart_id=${cart.id}`)
  await store.call("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
  const { payment_collection } = await store.call("POST", "/store/payment-collections", { cart_id: cart.id })
  await store.call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  const done = await store.call("POST", `/store/carts/${cart.id}/complete`, {})
  if (done.type !== "order") throw new Error(`the cart did not complete: ${JSON.stringify(done.error ?? done)}`)

  const { review } = await store.call("POST", "/store/social/reviews", {
    product_id: productId,
    rating,
    title: "Warm and dry on the ridge",
    body: "Kept me dry through a whole day of rain on the trail; the hood fits over a helmet.",
  })
  return { customer, order: done.order, review }
}

module.exports = { buyAndReview }
