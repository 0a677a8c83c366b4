import { readFileSync } from "fs"

/**
 * The Inter TTFs shipped by `@expo-google-fonts/inter`, read once per process (satori needs the
 * bytes; nothing is fetched at render time). Their package version is part of every card hash:
 * a font upgrade gives every card a new URL.
 */
type Font = { name: string; data: Buffer; weight: 400 | 700; style: "normal" }

const holder: { fonts: Font[] | null } = { fonts: null }

export function cardFonts(): Font[] {
  if (!holder.fonts) {
    const file = (p: string) => readFileSync(require.resolve(`@expo-google-fonts/inter/${p}`))
    holder.fonts = [
      { name: "Inter", data: file("400Regular/Inter_400Regular.ttf"), weight: 400, style: "normal" },
      { name: "Inter", data: file("700Bold/Inter_700Bold.ttf"), weight: 700, style: "normal" },
    ]
  }
  return holder.fonts
}

export const FONT_VERSION = `inter@${(require("@expo-google-fonts/inter/package.json") as { version: string }).version}`
