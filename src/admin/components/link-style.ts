/**
 * Links in the plugin's pages: body-coloured and underlined. The dashboard's interactive blue on a
 * white table row is 3.7:1, under the 4.5:1 that small text needs (axe: color-contrast).
 */
export const LINK = "text-ui-fg-base underline decoration-ui-border-strong underline-offset-2 hover:decoration-ui-fg-base"
