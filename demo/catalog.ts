/**
 * The demo store's catalog: 24 products in 4 collections and 4 categories. Names carry accents and
 * currency-sensitive prices so the share cards and feeds have real text to show.
 */
export type DemoProduct = {
  title: string
  handle: string
  category: string
  collection: string
  description: string
  /** EUR price in main units; USD is derived. */
  eur: number
  sizes: string[]
  colors: string[]
  /** Hue of the generated product image. */
  hue: number
  tags: string[]
}

const SIZES = ["S", "M", "L"]

const raw: [string, string, string, number, string[], number, string[]][] = [
  // title, category, collection, eur, colors, hue, tags
  ["Alpine Trail Jacket", "Jackets", "Mountain", 189, ["Forest", "Slate"], 140, ["waterproof", "hiking"]],
  ["Café Crème Hoodie", "Tops", "City", 79, ["Crème", "Espresso"], 30, ["cotton"]],
  ["Fjällräven-Style Daypack", "Bags", "Mountain", 95, ["Ochre", "Navy"], 45, ["travel"]],
  ["Señorita Linen Shirt", "Tops", "Summer", 59, ["Sand", "Sky"], 200, ["linen"]],
  ["Nordlys Wool Beanie", "Accessories", "Mountain", 29, ["Charcoal", "Rust"], 10, ["wool", "winter"]],
  ["Côte d'Azur Swim Shorts", "Bottoms", "Summer", 45, ["Azure", "Coral"], 190, ["swim"]],
  ["Kyoto Selvedge Jeans", "Bottoms", "City", 129, ["Indigo", "Black"], 230, ["denim"]],
  ["Über Light Running Tee", "Tops", "Sport", 35, ["Lime", "White"], 90, ["running"]],
  ["Crème Brûlée Scarf", "Accessories", "City", 39, ["Caramel", "Cream"], 35, ["gift"]],
  ["Summit Softshell Pants", "Bottoms", "Mountain", 119, ["Olive", "Graphite"], 110, ["hiking"]],
  ["Måne Reflective Vest", "Tops", "Sport", 65, ["Neon", "Silver"], 60, ["running", "safety"]],
  ["Riviera Straw Hat", "Accessories", "Summer", 49, ["Natural", "Black"], 50, ["sun"]],
  ["Piñata Graphic Tee", "Tops", "Summer", 25, ["Fuchsia", "Teal"], 320, ["cotton", "graphic"]],
  ["Glacier Down Parka", "Jackets", "Mountain", 279, ["Ice", "Midnight"], 210, ["winter", "down"]],
  ["Metro Commuter Backpack", "Bags", "City", 109, ["Stone", "Black"], 0, ["laptop"]],
  ["Tempo Track Jacket", "Jackets", "Sport", 89, ["Red", "Navy"], 355, ["training"]],
  ["Dune Cargo Shorts", "Bottoms", "Summer", 55, ["Khaki", "Olive"], 40, ["cotton"]],
  ["Hygge Knit Sweater", "Tops", "City", 99, ["Oat", "Forest"], 25, ["wool"]],
  ["Pulse Training Tights", "Bottoms", "Sport", 59, ["Black", "Plum"], 280, ["training"]],
  ["Éclair Canvas Tote", "Bags", "City", 35, ["Ecru", "Navy"], 48, ["canvas", "gift"]],
  ["Ridge Trekking Socks", "Accessories", "Mountain", 19, ["Grey", "Orange"], 20, ["hiking", "wool"]],
  ["Marée Rain Shell", "Jackets", "City", 149, ["Yellow", "Navy"], 55, ["waterproof"]],
  ["Sprint Cap", "Accessories", "Sport", 24, ["White", "Black"], 0, ["running"]],
  ["Lagune Beach Towel", "Accessories", "Summer", 39, ["Turquoise", "Sunset"], 180, ["beach"]],
]

function slug(title: string) {
  return title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
}

export const DEMO_PRODUCTS: DemoProduct[] = raw.map(([title, category, collection, eur, colors, hue, tags]) => ({
  title,
  handle: slug(title),
  category,
  collection,
  description: `${title}: part of our ${collection} collection. Made to last, designed to share — tag us when you wear it.`,
  eur,
  sizes: category === "Bags" || title.includes("Towel") ? ["One size"] : SIZES,
  colors,
  hue,
  tags,
}))

/** USD price from EUR, rounded to a .99-style shelf price... kept simple: x1.1, two decimals. */
export const usd = (eur: number) => Math.round(eur * 1.1 * 100) / 100

/** Variants left without stock, so the demo shows "out of stock" in cards and feeds. */
export const OUT_OF_STOCK_HANDLES = new Set(["glacier-down-parka", "sprint-cap"])

/** Products on sale through the demo's price list: 20% off. */
export const ON_SALE_HANDLES = new Set(["alpine-trail-jacket", "kyoto-selvedge-jeans", "hygge-knit-sweater", "riviera-straw-hat"])

/** A simple, recognisable product picture, made at seed time (nothing is downloaded). */
export function productImageSvg(p: DemoProduct, color: string) {
  const c1 = `hsl(${p.hue}, 55%, 62%)`
  const c2 = `hsl(${(p.hue + 40) % 360}, 50%, 35%)`
  const initials = p.title
    .split(/\s+/)
    .slice(0, 2)
    .map((w) => w[0])
    .join("")
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${c1}"/><stop offset="1" stop-color="${c2}"/></linearGradient></defs>
  <rect width="800" height="800" fill="url(#g)"/>
  <circle cx="400" cy="360" r="220" fill="rgba(255,255,255,0.18)"/>
  <text x="400" y="430" font-family="sans-serif" font-size="200" font-weight="700" text-anchor="middle" fill="#ffffff">${esc(initials)}</text>
  <text x="400" y="700" font-family="sans-serif" font-size="44" text-anchor="middle" fill="#ffffff">${esc(color)}</text>
</svg>`
}
