/**
 * The shared look. Everything a shop may want to change is a CSS custom property (set it on the
 * element or any ancestor, it inherits through the shadow boundary) or a `::part`.
 */
export const BASE_CSS = `
:host{display:block;font-family:var(--social-font,inherit);color:var(--social-color-text,#111827);font-size:var(--social-font-size,1rem);line-height:1.5}
:host([hidden]){display:none}
*{box-sizing:border-box}
button,.btn{font:inherit;cursor:pointer;border:1px solid var(--social-color-border,#d1d5db);background:var(--social-color-surface,#fff);color:inherit;border-radius:var(--social-radius,6px);padding:.45em .9em;text-decoration:none;display:inline-flex;align-items:center;gap:.4em;min-height:2.5em}
button.primary,.btn.primary{background:var(--social-color-primary,#111827);color:var(--social-color-on-primary,#fff);border-color:var(--social-color-primary,#111827)}
button:disabled{opacity:.6;cursor:default}
button:focus-visible,.btn:focus-visible,a:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:var(--social-focus-ring,2px solid #2563eb);outline-offset:2px}
input,select,textarea{font:inherit;color:inherit;background:var(--social-color-surface,#fff);border:1px solid var(--social-color-border,#d1d5db);border-radius:var(--social-radius,6px);padding:.45em .6em;max-width:100%}
input[aria-invalid=true],textarea[aria-invalid=true]{border-color:var(--social-color-error,#b91c1c)}
.row{display:flex;flex-wrap:wrap;gap:var(--social-gap,.5rem);align-items:center}
.muted{color:var(--social-color-muted,#4b5563)}
.error{color:var(--social-color-error,#b91c1c);font-size:.9em}
.ok{color:var(--social-color-success,#047857)}
.sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.stars{display:inline-flex;gap:1px;vertical-align:middle}
.star{width:var(--social-star-size,1.1em);height:var(--social-star-size,1.1em)}
.star path{stroke:var(--social-color-star,#f59e0b);stroke-width:1.5}
.star.full path{fill:var(--social-color-star,#f59e0b)}
.star.half path{fill:var(--social-color-star-half,#fcd34d)}
.star.empty path{fill:var(--social-color-star-empty,transparent)}
h2,h3{margin:0 0 .4em;line-height:1.25}
h2{font-size:var(--social-heading-size,1.25em)}
h3{font-size:1em}
`
