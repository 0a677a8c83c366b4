// Doubles the bench catalog in seconds instead of the half hour the module seed takes: every
// product of the seed (with its options, variants, price sets and prices, sales channel) is
// copied in PostgreSQL with "_c" appended to its ids and unique keys (handle, SKU). The copy has
// the same content as the original, which is what a memory-growth figure needs (twice the rows),
// and it is read by the same code as the seeded rows (the loader's SQL, Medusa's pricing).
// Bench data only: nothing in the plugin writes Medusa's tables this way.
"use strict"

const { Client } = require("pg")

// Per table: the columns that get the suffix (ids, foreign keys, unique keys).
const TABLES = [
  ["product", ["id", "handle"]],
  ["product_option", ["id"]],
  ["product_product_option", ["id", "product_id", "product_option_id"]],
  ["product_option_value", ["id", "option_id"]],
  ["product_product_option_value", ["id", "product_product_option_id", "product_option_value_id"]],
  ["product_variant", ["id", "product_id", "sku"]],
  ["product_variant_option", ["variant_id", "option_value_id"]],
  ["price_set", ["id"]],
  ["price", ["id", "price_set_id"]],
  ["product_variant_price_set", ["id", "variant_id", "price_set_id"]],
  ["product_sales_channel", ["id", "product_id"]],
]

/** Copies every row not copied yet (ids without the suffix) once; returns rows per table. */
async function cloneCatalog(connectionString, suffix = "_c") {
  const client = new Client({ connectionString })
  await client.connect()
  const counts = {}
  try {
    await client.query("BEGIN")
    for (const [table, columns] of TABLES) {
      const patch = columns.map((c) => `'${c}', x.${c} || $1::text`).join(", ")
      // Rows of the original seed only: the first column in the list is never null.
      const res = await client.query(
        `INSERT INTO ${table}
         SELECT (jsonb_populate_record(NULL::${table}, to_jsonb(x) || jsonb_build_object(${patch}))).*
         FROM ${table} x WHERE right(x.${columns[0]}, length($1::text)) <> $1::text`,
        [suffix]
      )
      counts[table] = res.rowCount
    }
    await client.query("COMMIT")
  } catch (e) {
    await client.query("ROLLBACK")
    throw e
  } finally {
    await client.end()
  }
  return counts
}

module.exports = { cloneCatalog }
