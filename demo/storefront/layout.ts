import { html, jsonForScript, raw, type Raw } from "./html"

/** What both the server and the page scripts need to know; the page gets it as JSON, not as code. */
export type PageConfig = {
  medusaUrl: string
  publishableKey: string
  regionId: string
  currencyCode: string
  locale: string
}

export type PageOptions = {
  title: string
  /** `data-page` of the body: which part of app.js runs. */
  page: string
  config: PageConfig
  /** Extra elements for `<head>` (the product page's meta tags). */
  head?: Raw
  body: Raw
}

/**
 * Every page: the header, the plugin's widgets script (served by Medusa) and the landing tracker
 * on every page, so a share link or a referral link is recorded wherever it lands.
 */
export function layout({ title, page, config, head, body }: PageOptions): string {
  const doc = html`<!doctype html>
<html lang="${config.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head ?? ""}
<link rel="stylesheet" href="/assets/style.css">
<script type="application/json" id="storefront-config">${raw(jsonForScript(config))}</script>
<script type="module" src="${config.medusaUrl}/social/widgets/v1.js"></script>
<script type="module" src="/assets/app.js"></script>
</head>
<body data-page="${page}">
<social-tracker backend-url="${config.medusaUrl}" publishable-key="${config.publishableKey}" consent="granted"></social-tracker>
<header class="site">
  <a class="brand" href="/">Medusa Social Demo</a>
  <nav aria-label="Main">
    <a href="/">Shop</a>
    <a href="/cart">Cart <span data-cart-count aria-label="items in cart"></span></a>
    <a href="/account" data-account-link>Account</a>
  </nav>
</header>
<main id="main">
${body}
</main>
<footer class="site"><p>A demo storefront of medusa-plugin-social-commerce: the js-sdk, the typed client and the widgets.</p></footer>
</body>
</html>
`
  return doc.__html
}
