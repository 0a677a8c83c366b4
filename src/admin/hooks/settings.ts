import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { queryKeys } from "./query-keys"
import { get, post, retryUnlessRefused, useAdminMutation } from "./request"

export const COLORS = ["primary", "accent", "background", "text"] as const

/** GET /admin/social/settings's `settings`. */
export type Settings = {
  storefront_url: string
  product_url_template: string
  allowed_redirect_origins: string[]
  brand_name: string
  brand_colors: Record<(typeof COLORS)[number], string>
  logo_file_id: string | null
  logo_url: string | null
  enabled_networks: string[]
  features: Record<string, boolean>
  review_auto_approve: boolean
  review_allow_unverified: boolean
  inbox_alert_words: string[]
  inbox_unanswered_hours: number
}

/** A change of some settings (the route takes any of them). */
export type SettingsBody = Partial<Omit<Settings, "logo_url">>

export const useSettings = () =>
  useQuery({
    queryKey: queryKeys.settings.detail("current"),
    queryFn: () => get<{ settings: Settings }>("/admin/social/settings"),
    retry: retryUnlessRefused,
  })

/** Saves the settings; the overview (brand, currency) reads them too. */
export const useUpdateSettings = (handlers: { onSuccess: (s: Settings) => void; onError: (e: Error) => void }) =>
  useAdminMutation({
    mutationFn: (body: SettingsBody) => post<{ settings: Settings }>("/admin/social/settings", body),
    invalidate: [queryKeys.settings.all, queryKeys.overview.all],
    success: "Social settings saved",
    failure: "The settings were not saved",
    onSuccess: ({ settings }) => handlers.onSuccess(settings),
    onError: handlers.onError,
  })

/** Uploads a logo through Medusa's File module (the settings keep its file id once saved). */
export const useUploadLogo = (handlers: { onSuccess: (file: { id: string; url: string }) => void; onError: (e: Error) => void }) =>
  useAdminMutation({
    mutationFn: (file: File) => sdk.admin.upload.create({ files: [file] }),
    onSuccess: ({ files }) => handlers.onSuccess(files[0]),
    onError: handlers.onError,
  })
