import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import type { CatalogOperation, CatalogProvider, ItemResult } from "../../src/providers/catalog/types"
import { ThrottledError } from "../../src/providers/catalog/types"

export const VALID_EAN = "4006381333931"

/**
 * A small shop for catalog tests: a US region, a web sales channel with a stocked warehouse,
 * a shirt in two sizes (S in stock, M sold out), a mug without inventory, a product with a bad
 * GTIN (invalid for every platform) and a product outside the sales channel.
 */
export async function seedCatalog(container: MedusaContainer) {
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "US", currency_code: "usd", countries: ["us"] }] },
  })
  const { result: [web, other] } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Web" }, { name: "Other" }] },
  })
  const { result: [location] } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Warehouse" }] } })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [web.id] } })

  const prices = (usd: number, jpy: number) => [
    { amount: usd, currency_code: "usd" },
    { amount: jpy, currency_code: "jpy" },
  ]
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Trail shirt",
          handle: "trail-shirt",
          status: "published",
          description: "<p>Light &amp; <b>quick</b> to dry.</p>",
          thumbnail: "https://cdn.example.com/shirt.jpg",
          images: [{ url: "https://cdn.example.com/shirt.jpg" }, { url: "https://cdn.example.com/shirt-back.jpg" }],
          options: [
            { title: "Size", values: ["S", "M"] },
            { title: "Color", values: ["Blue"] },
          ],
          variants: [
            { title: "S / Blue", sku: "SHIRT-S", barcode: VALID_EAN, manage_inventory: true, options: { Size: "S", Color: "Blue" }, prices: prices(15, 1500) },
            { title: "M / Blue", sku: "SHIRT-M", manage_inventory: true, options: { Size: "M", Color: "Blue" }, prices: prices(15, 1500) },
          ],
          sales_channels: [{ id: web.id }],
        },
        {
          title: "Camp mug",
          handle: "camp-mug",
          status: "published",
          description: "Enamel mug.",
          thumbnail: "https://cdn.example.com/mug.jpg",
          options: [{ title: "Default", values: ["Default"] }],
          variants: [{ title: "Default variant", sku: "MUG", manage_inventory: false, options: { Default: "Default" }, prices: prices(8.5, 900) }],
          sales_channels: [{ id: web.id }],
        },
        {
          title: "Broken code",
          handle: "broken-code",
          status: "published",
          description: "A product whose barcode fails the check digit.",
          thumbnail: "https://cdn.example.com/broken.jpg",
          options: [{ title: "Default", values: ["Default"] }],
          variants: [{ title: "Default variant", sku: "BROKEN", barcode: "4006381333932", manage_inventory: false, options: { Default: "Default" }, prices: prices(20, 2000) }],
          sales_channels: [{ id: web.id }],
        },
        {
          title: "Elsewhere",
          handle: "elsewhere",
          status: "published",
          description: "Sold in another channel only.",
          thumbnail: "https://cdn.example.com/else.jpg",
          options: [{ title: "Default", values: ["Default"] }],
          variants: [{ title: "Default variant", sku: "ELSE", manage_inventory: false, options: { Default: "Default" }, prices: prices(5, 500) }],
          sales_channels: [{ id: other.id }],
        },
      ],
    },
  })

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "inventory_items.inventory_item_id"],
    filters: { sku: ["SHIRT-S", "SHIRT-M"] },
  })
  const bySku = Object.fromEntries(variants.map((v: any) => [v.sku, v]))
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: [
        { inventory_item_id: bySku["SHIRT-S"].inventory_items[0].inventory_item_id, location_id: location.id, stocked_quantity: 5 },
        { inventory_item_id: bySku["SHIRT-M"].inventory_items[0].inventory_item_id, location_id: location.id, stocked_quantity: 0 },
      ],
    },
  })
  const variantBySku = Object.fromEntries(
    (await query.graph({ entity: "product_variant", fields: ["id", "sku", "product_id"] })).data.map((v: any) => [v.sku, v])
  )
  return { region, web, other, location, products, variantBySku, inventoryItemBySku: Object.fromEntries(variants.map((v: any) => [v.sku, v.inventory_items[0].inventory_item_id])) }
}

/**
 * A push provider for orchestration tests, standing in until the platform providers land: it
 * follows the interface's contract (batch limit, asynchronous results polled by handle,
 * throttling) and records every call.
 */
export class FakeCatalogProvider implements CatalogProvider {
  readonly destination = "meta" as const
  readonly maxBatchSize = 2
  submitted: CatalogOperation[][] = []
  throttleNext = 0
  failIds = new Set<string>()
  remote = new Set<string>()
  private batches = new Map<string, { results: ItemResult[]; polls: number }>()

  async submit(ops: CatalogOperation[]) {
    if (this.throttleNext > 0) {
      this.throttleNext--
      throw new ThrottledError("too many calls", 5, "second")
    }
    this.submitted.push(ops)
    const results: ItemResult[] = ops.map((op) => {
      const id = op.method === "delete" ? op.id : op.item.id
      if (this.failIds.has(id)) {
        return { id, status: "error", errors: [{ code: "invalid_image", message: "Image could not be downloaded" }] }
      }
      op.method === "delete" ? this.remote.delete(id) : this.remote.add(id)
      return { id, status: "ok" }
    })
    const handle = `batch_${this.submitted.length}`
    this.batches.set(handle, { results, polls: 0 })
    return { handle, results: [] }
  }

  async pollResults(handle: string) {
    const b = this.batches.get(handle)!
    // Results are not ready on the first poll, as with Meta's batch status.
    return b.polls++ === 0 ? null : b.results
  }

  async *listRemoteIds() {
    yield [...this.remote]
  }

  get sentIds() {
    return this.submitted.flat().map((op) => (op.method === "delete" ? `delete:${op.id}` : op.item.id))
  }
}
