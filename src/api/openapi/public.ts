import { z } from "@medusajs/framework/zod"
import type { ZodOpenApiPathsObject } from "zod-openapi"
import { cardQuerySchema } from "../social/cards/validators"
import { SocialRssParams } from "../social/rss/middlewares"
import { route } from "./define"

const html = { "text/html": { schema: z.string(), example: "<!doctype html><html><head><meta property=\"og:title\" content=\"Linen Shirt\">…" } }
const cache = { "Cache-Control": z.string() }

/** Routes outside /store and /admin, opened by browsers, crawlers and platforms directly. */
export function publicPaths(): ZodOpenApiPathsObject {
  return {
    "/s/{code}": {
      get: route({
        summary: "Open a share link",
        description:
          "A person is sent (302) to the storefront product page in the sharer's locale, with UTM parameters and `sc`; a link previewer (by user agent) gets a small HTML page with the product's Open Graph, X and JSON-LD tags. The click is counted off the request path. A customer's session or token, when sent, marks the sharer's own clicks.",
        tags: ["Public"],
        auth: "public",
        path: z.object({ code: z.string().meta({ example: "aB3xY9" }) }),
        responses: [
          { status: 302, description: "To the storefront", headers: { Location: z.string().meta({ example: "https://shop.example.com/products/linen-shirt?utm_source=facebook&utm_medium=social&sc=aB3xY9" }) } },
          { status: 200, description: "Tag page for link previewers", content: html, headers: cache },
          {
            status: 404,
            description: "Unknown code, unpublished product, or a target outside the allowed origins (an HTML page)",
            content: { "text/html": { schema: z.string(), example: "<!doctype html><title>Link not found</title>…" } },
          },
        ],
      }),
    },
    "/social/bio/{handle}": {
      get: route({
        summary: "An account's link-in-bio page",
        description:
          "A small mobile HTML page (no script) with the account's latest published posts as square cards, each opening the post's own tracked link (`/s/{code}`: the click and the orders count for the post). For profiles whose captions cannot link (Instagram, TikTok): set the account's `bio_handle`, put this URL in the profile. Cached a minute (`Cache-Control`); the ETag changes with the posts shown, and `If-None-Match` with it answers 304.",
        tags: ["Public"],
        auth: "public",
        path: z.object({ handle: z.string().meta({ example: "acme" }) }),
        header: z.object({ "if-none-match": z.string().optional() }),
        responses: [
          { status: 200, description: "The page", content: { "text/html": { schema: z.string(), example: "<!doctype html><html lang=\"en\">…<ul><li><a href=\"https://api.example.com/s/Xq8Ab12CdE\">…" } }, headers: { ...cache, ETag: z.string() } },
          { status: 304, description: "Not modified (If-None-Match)" },
          { status: 404, description: "No account has this handle (an HTML page)", content: { "text/html": { schema: z.string(), example: "<!doctype html><title>Page not found</title>…" } } },
        ],
      }),
    },
    "/social/cards/{product_id}/{format}": {
      get: route({
        summary: "A product's card image (stable URL)",
        description:
          "`format` is one of og.png, og-light.jpg, square.png, pin.png, story.png, portrait.jpg, photo.jpg (a wrong extension is a 400). A 302 to the immutable URL named by the card's content hash, rendering it first when that content was never rendered.",
        tags: ["Public"],
        auth: "public",
        path: z.object({ product_id: z.string().meta({ example: "prod_01JTX3V5Q9" }), format: z.string().meta({ example: "og.png" }) }),
        query: cardQuerySchema,
        errors: [404],
        responses: [{ status: 302, description: "To /social/cards/i/{hash}.{ext}", headers: { Location: z.string().meta({ example: "/social/cards/i/0f3a9c2e4b5d6e7f8a9b0c1d2e3f4a5b.png" }) } }],
      }),
    },
    "/social/cards/i/{file}": {
      get: route({
        summary: "A card's bytes by content hash",
        description: "Cached for a year (immutable); ETag is the hash.",
        tags: ["Public"],
        auth: "public",
        path: z.object({ file: z.string().meta({ example: "0f3a9c2e4b5d6e7f8a9b0c1d2e3f4a5b.png" }) }),
        errors: [404],
        responses: [
          {
            status: 200,
            description: "The image",
            content: { "image/png": { schema: z.string().meta({ format: "binary" }) }, "image/jpeg": { schema: z.string().meta({ format: "binary" }) } },
            headers: { ...cache, ETag: z.string() },
          },
          { status: 304, description: "Not modified (If-None-Match)" },
        ],
      }),
    },
    "/social/feeds/{channel_id}/{file}": {
      get: route({
        summary: "A channel's pull feed",
        description: "`file` is `<token>.xml` or `<token>.csv` (the channel's feed format), plus `.gz` for gzip. The token is the channel's secret (see the channel's `feed_url`). ETag and Last-Modified let a platform skip an unchanged feed.",
        tags: ["Public"],
        auth: "public",
        path: z.object({ channel_id: z.string().meta({ example: "scch_01JTX" }), file: z.string().meta({ example: "Xq8s9dK2mN4pR7tV.xml.gz" }) }),
        errors: [404],
        responses: [
          {
            status: 200,
            description: "The feed as the last build published it",
            content: {
              "application/xml": { schema: z.string(), example: "<?xml version=\"1.0\"?><rss xmlns:g=\"http://base.google.com/ns/1.0\" version=\"2.0\"><channel><item><g:id>variant_01</g:id>…</item></channel></rss>" },
              "text/csv": { schema: z.string(), example: "id,title,description,availability,condition,price,link,image_link,brand\nvariant_01,Linen Shirt,…" },
              "application/gzip": { schema: z.string().meta({ format: "binary" }) },
            },
            headers: { ETag: z.string(), "Last-Modified": z.string() },
          },
          { status: 304, description: "Not modified" },
        ],
      }),
    },
    "/social/rss/products.xml": {
      get: route({
        summary: "RSS of new products",
        description: "RSS 2.0 of the 50 newest published products, links tagged utm_source=rss.",
        tags: ["Public"],
        auth: "public",
        query: SocialRssParams,
        responses: [{ status: 200, description: "RSS 2.0", content: { "application/rss+xml": { schema: z.string(), example: "<?xml version=\"1.0\"?><rss version=\"2.0\">…</rss>" } } }],
      }),
    },
    "/social/widgets/{file}": {
      get: route({
        summary: "The storefront widgets (ES modules)",
        description:
          "`v1.js`: the stable entry, one line re-exporting the current bundle of all widgets (short cache). `<name>.<hash>.js`: a bundle under the hash of its content (`social-widgets`, `social-share`, `social-rating`, `social-reviews`, `social-referral`, `social-rewards`, `social-tracker`), cached for a year (immutable); an unknown hash is a 404. `manifest.json`: the hashed URLs with their SRI hashes. Sent with `Access-Control-Allow-Origin: *` (module scripts load in CORS mode). See docs/storefront.md#widgets.",
        tags: ["Public"],
        auth: "public",
        path: z.object({ file: z.string().meta({ example: "v1.js" }) }),
        errors: [404],
        responses: [
          {
            status: 200,
            description: "The module (or the manifest)",
            content: {
              "text/javascript": { schema: z.string(), example: 'export * from "./social-widgets.4c309cb33819d13f.js"\n' },
              "application/json": {
                schema: z.object({
                  stable: z.string(),
                  files: z.record(z.string(), z.object({ url: z.string(), integrity: z.string(), bytes: z.number(), gzip_bytes: z.number() })),
                }),
                example: {
                  stable: "/social/widgets/v1.js",
                  files: { "social-reviews": { url: "/social/widgets/social-reviews.90eaf1828ac67372.js", integrity: "sha384-…", bytes: 29505, gzip_bytes: 10941 } },
                },
              },
            },
            headers: { ...cache, ETag: z.string(), "Access-Control-Allow-Origin": z.string() },
          },
          { status: 304, description: "Not modified (If-None-Match)" },
        ],
      }),
    },
    "/social/openapi.json": {
      get: route({
        summary: "This document",
        tags: ["Public"],
        auth: "public",
        responses: [{ status: 200, schema: z.record(z.string(), z.unknown()), example: { openapi: "3.1.0" } }],
      }),
    },
  }
}
