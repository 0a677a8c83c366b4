import { Hint, Label } from "@medusajs/ui"
import type { ReactNode } from "react"

/**
 * A labelled input with the server's message for it underneath. `data-error-for` lets the
 * browser test (and a person) find the message that belongs to a field.
 */
export function Field({ label, name, error, hint, children }: { label: string; name: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-2" data-field={name}>
      <Label htmlFor={name} weight="plus">
        {label}
      </Label>
      {children}
      {error ? (
        <Hint variant="error" data-error-for={name}>
          {error}
        </Hint>
      ) : hint ? (
        <Hint>{hint}</Hint>
      ) : null}
    </div>
  )
}

/** The errors that belong to no single field (unknown fields, a conflict, a network failure). */
export function FormError({ errors }: { errors: Record<string, string> }) {
  return errors._form ? (
    <Hint variant="error" data-error-for="_form">
      {errors._form}
    </Hint>
  ) : null
}
