import type { HttpTypes } from "@medusajs/framework/types"
import { html, jsonForScript, money, raw, type Raw } from "./html"

export type MetaTags = {
  title: string
  description: string | null
  canonical_url: string
  tags: { property?: string; name?: string; content: string }[]
  json_ld: unknown
}

type Product = HttpTypes.StoreProduct

const priceOf = (p: Product) => p.variants?.[0]?.calculated_price

export function productList(products: Product[], locale: string): Raw {
  return html`<h1>Shop</h1>
<ul class="grid" aria-label="Products">
${products.map((p) => {
  const price = priceOf(p)
  const sale = price && price.calculated_amount !== price.original_amount
  return html`<li class="card" data-product-handle="${p.handle}">
  <a href="/products/${encodeURIComponent(p.handle ?? "")}">
    ${p.thumbnail ? html`<img src="${p.thumbnail}" alt="" width="300" height="300" loading="lazy">` : ""}
    <span class="title">${p.title}</span>
  </a>
  ${price ? html`<span class="price">${money(price.calculated_amount, price.currency_code ?? "eur", locale)}${sale ? html` <s>${money(price.original_amount, price.currency_code ?? "eur", locale)}</s>` : ""}</span>` : ""}
  <social-rating product-id="${p.id}" lang="${locale}"></social-rating>
</li>`
})}
</ul>`
}

/**
 * The product page's `<head>`: exactly the tags the plugin's meta route returns, rendered here on
 * the server, so a crawler that runs no JavaScript sees them.
 */
export function productHead(meta: MetaTags): Raw {
  return html`<meta name="description" content="${meta.description ?? ""}">
<link rel="canonical" href="${meta.canonical_url}">
${meta.tags.map((t) => (t.property ? html`<meta property="${t.property}" content="${t.content}">\n` : html`<meta name="${t.name}" content="${t.content}">\n`))}
<script type="application/ld+json">${raw(jsonForScript(meta.json_ld))}</script>`
}

export function productPage(p: Product, locale: string): Raw {
  const price = priceOf(p)
  const variants = p.variants ?? []
  const inStock = (v: HttpTypes.StoreProductVariant) => !v.manage_inventory || v.allow_backorder || (v.inventory_quantity ?? 0) > 0
  return html`<article class="product" data-product-id="${p.id}">
  <div class="gallery">
    ${(p.images ?? []).slice(0, 1).map((i) => html`<img src="${i.url}" alt="${p.title}" width="480" height="480">`)}
  </div>
  <div class="details">
    <h1>${p.title}</h1>
    <social-rating product-id="${p.id}" lang="${locale}"></social-rating>
    ${price ? html`<p class="price" data-price>${money(price.calculated_amount, price.currency_code ?? "eur", locale)} <small>excl. VAT (added at checkout for your country)</small></p>` : ""}
    <p>${p.description}</p>
    <form data-add-to-cart>
      <label for="variant">Size / colour</label>
      <select id="variant" name="variant_id" required>
        ${variants.map((v) => html`<option value="${v.id}" ${inStock(v) ? "" : raw("disabled")}>${v.title}${inStock(v) ? "" : " (out of stock)"}</option>`)}
      </select>
      <label for="quantity">Quantity</label>
      <input id="quantity" name="quantity" type="number" min="1" max="10" value="1" required>
      <button type="submit">Add to cart</button>
      <p role="status" data-status></p>
    </form>
    <h2>Share</h2>
    <social-share product-id="${p.id}" lang="${locale}"></social-share>
  </div>
</article>
<section id="reviews">
  <social-reviews product-id="${p.id}" lang="${locale}"></social-reviews>
</section>`
}

export function cartPage(): Raw {
  return html`<h1>Cart</h1>
<div data-cart><p>Loading your cart…</p></div>`
}

export function checkoutPage(): Raw {
  return html`<h1>Checkout</h1>
<div data-checkout-empty hidden><p>Your cart is empty. <a href="/">Continue shopping</a></p></div>
<form data-checkout hidden novalidate>
  <fieldset>
    <legend>Contact and shipping address</legend>
    <label for="email">Email</label><input id="email" name="email" type="email" autocomplete="email" required>
    <label for="first_name">First name</label><input id="first_name" name="first_name" autocomplete="given-name" required>
    <label for="last_name">Last name</label><input id="last_name" name="last_name" autocomplete="family-name" required>
    <label for="address_1">Address</label><input id="address_1" name="address_1" autocomplete="address-line1" required>
    <label for="postal_code">Postal code</label><input id="postal_code" name="postal_code" autocomplete="postal-code" required>
    <label for="city">City</label><input id="city" name="city" autocomplete="address-level2" required>
    <label for="country_code">Country</label><select id="country_code" name="country_code" required></select>
    <button type="button" data-save-address>Save address</button>
  </fieldset>
  <fieldset data-shipping disabled>
    <legend>Shipping</legend>
    <div data-shipping-options><p>Save the address to see the shipping options.</p></div>
  </fieldset>
  <fieldset>
    <legend>Discount code</legend>
    <label for="promo_code">Code</label><input id="promo_code" name="promo_code" autocomplete="off">
    <button type="button" data-apply-code>Apply</button>
    <ul data-codes></ul>
  </fieldset>
  <section data-rewards hidden>
    <social-rewards></social-rewards>
  </section>
  <fieldset>
    <legend>Payment</legend>
    <p>Paid on delivery (the system payment provider <code>pp_system_default</code>).</p>
  </fieldset>
  <dl class="totals" data-totals></dl>
  <button type="submit" data-place-order disabled>Place order</button>
  <p role="alert" data-error></p>
</form>
<div data-confirmation hidden></div>`
}

export function accountPage(locale: string): Raw {
  return html`<h1>Account</h1>
<div data-signed-out hidden>
  <section aria-labelledby="login-title">
    <h2 id="login-title">Log in</h2>
    <form data-login>
      <label for="login-email">Email</label><input id="login-email" name="email" type="email" autocomplete="username" required>
      <label for="login-password">Password</label><input id="login-password" name="password" type="password" autocomplete="current-password" required>
      <button type="submit">Log in</button>
      <p role="alert" data-error></p>
    </form>
  </section>
  <section aria-labelledby="register-title">
    <h2 id="register-title">Create an account</h2>
    <form data-register>
      <label for="reg-first">First name</label><input id="reg-first" name="first_name" autocomplete="given-name" required>
      <label for="reg-last">Last name</label><input id="reg-last" name="last_name" autocomplete="family-name" required>
      <label for="reg-email">Email</label><input id="reg-email" name="email" type="email" autocomplete="email" required>
      <label for="reg-password">Password</label><input id="reg-password" name="password" type="password" autocomplete="new-password" minlength="8" required>
      <p data-referral-note hidden>You were invited with the code <strong data-referral-code></strong>: it is claimed when you create your account.</p>
      <button type="submit">Create account</button>
      <p role="alert" data-error></p>
    </form>
  </section>
</div>
<div data-signed-in hidden>
  <p>Signed in as <strong data-customer-email></strong>. <button type="button" data-logout>Log out</button></p>
  <p role="status" data-referral-status></p>
  <!-- Each widget brings its own heading ("Your rewards", "Invite friends"). -->
  <social-rewards lang="${locale}"></social-rewards>
  <social-referral lang="${locale}"></social-referral>
  <section aria-labelledby="orders-title">
    <h2 id="orders-title">Your orders</h2>
    <div data-orders></div>
  </section>
</div>`
}

export function errorPage(): Raw {
  return html`<h1>The store is not answering</h1><p>Medusa did not answer this page's request. Try again in a moment.</p>`
}

export function notFoundPage(): Raw {
  return html`<h1>Not found</h1><p>That page does not exist. <a href="/">Back to the shop</a></p>`
}
