/**
 * The widgets' words in English and French. A widget picks its language from its own `locale` or
 * `lang` attribute, else the nearest `lang` up the document, else English. Other languages fall
 * back to English word by word, so a partial translation never shows a key.
 */
const en = {
  share: "Share",
  shareVia: "Share on {network}",
  shareDevice: "Share…",
  copyLink: "Copy link",
  copied: "Link copied",
  copyFailed: "Copy failed: select the link and copy it",
  cardPreview: "Share card of {title}",
  loading: "Loading…",
  loadFailed: "Could not load. Try again later.",
  retry: "Retry",
  ratingLabel: "Rated {average} out of 5",
  noRating: "No reviews yet",
  reviewCount: "{count} review|{count} reviews",
  reviews: "Customer reviews",
  basedOn: "Based on {count} review|Based on {count} reviews",
  starsRow: "{stars} stars",
  starsRowOne: "1 star",
  histogramRow: "{stars} stars: {count} reviews ({percent}%)",
  sortBy: "Sort by",
  sort_newest: "Newest",
  sort_most_helpful: "Most helpful",
  sort_rating_desc: "Highest rating",
  sort_rating_asc: "Lowest rating",
  verified: "Verified purchase",
  incentivized: "Rewarded review",
  merchantReply: "Reply from the shop",
  helpful: "Helpful ({count})",
  helpfulDone: "Thanks for your vote",
  photoOf: "Photo {index} from {author}",
  anonymous: "A customer",
  previous: "Previous",
  next: "Next",
  pageOf: "Page {page} of {pages}",
  writeReview: "Write a review",
  cancel: "Cancel",
  rating: "Rating",
  starN: "{stars} stars",
  title: "Title",
  body: "Your review",
  photos: "Photos",
  photosHint: "JPEG, PNG or WebP; up to {max} photos",
  submit: "Submit review",
  submitting: "Sending…",
  reviewThanks: "Thank you! Your review will appear once it is approved.",
  reviewPublished: "Thank you! Your review is published.",
  loginToReview: "Log in to write a review.",
  required: "This field is required",
  referral: "Invite a friend",
  yourCode: "Your code",
  yourLink: "Your link",
  copyCode: "Copy code",
  codeCopied: "Code copied",
  friendsJoined: "{count} friend joined|{count} friends joined",
  friendsPending: "{count} pending",
  claimTitle: "Have a friend's code?",
  claimCode: "Friend's code",
  claim: "Use code",
  claimed: "Code accepted: your reward comes with your first order.",
  loginForReferral: "Log in to get your referral code.",
  rewards: "Your rewards",
  noRewards: "No rewards yet. Review a product or invite a friend to earn one.",
  loginForRewards: "Log in to see your rewards.",
  status_held: "On hold",
  status_issued: "Ready to use",
  status_redeemed: "Used",
  status_expired: "Expired",
  status_revoked: "Withdrawn",
  status_pending: "Under review",
  reason_review: "For your review",
  reason_share_link: "For sharing",
  reason_referral: "For a referral",
  reason_order: "For your order",
  offPercent: "{value}% off",
  offAmount: "{value} off",
  freeShipping: "Free shipping",
  code: "Code",
  expires: "Expires {date}",
  availableOn: "Available on {date}",
  applyToCart: "Apply to cart",
  applied: "Applied to your cart",
  noCart: "Add something to your cart first",
}
export type MessageKey = keyof typeof en
export type Messages = Record<MessageKey, string>

const fr: Partial<Messages> = {
  share: "Partager",
  shareVia: "Partager sur {network}",
  shareDevice: "Partager…",
  copyLink: "Copier le lien",
  copied: "Lien copié",
  copyFailed: "Échec de la copie : sélectionnez le lien et copiez-le",
  cardPreview: "Carte de partage de {title}",
  loading: "Chargement…",
  loadFailed: "Chargement impossible. Réessayez plus tard.",
  retry: "Réessayer",
  ratingLabel: "Noté {average} sur 5",
  noRating: "Pas encore d’avis",
  reviewCount: "{count} avis|{count} avis",
  reviews: "Avis clients",
  basedOn: "Sur la base de {count} avis|Sur la base de {count} avis",
  starsRow: "{stars} étoiles",
  starsRowOne: "1 étoile",
  histogramRow: "{stars} étoiles : {count} avis ({percent} %)",
  sortBy: "Trier par",
  sort_newest: "Plus récents",
  sort_most_helpful: "Plus utiles",
  sort_rating_desc: "Meilleures notes",
  sort_rating_asc: "Moins bonnes notes",
  verified: "Achat vérifié",
  incentivized: "Avis récompensé",
  merchantReply: "Réponse de la boutique",
  helpful: "Utile ({count})",
  helpfulDone: "Merci pour votre vote",
  photoOf: "Photo {index} de {author}",
  anonymous: "Un client",
  previous: "Précédent",
  next: "Suivant",
  pageOf: "Page {page} sur {pages}",
  writeReview: "Écrire un avis",
  cancel: "Annuler",
  rating: "Note",
  starN: "{stars} étoiles",
  title: "Titre",
  body: "Votre avis",
  photos: "Photos",
  photosHint: "JPEG, PNG ou WebP ; jusqu’à {max} photos",
  submit: "Publier l’avis",
  submitting: "Envoi…",
  reviewThanks: "Merci ! Votre avis apparaîtra une fois validé.",
  reviewPublished: "Merci ! Votre avis est publié.",
  loginToReview: "Connectez-vous pour écrire un avis.",
  required: "Ce champ est obligatoire",
  referral: "Parrainez un ami",
  yourCode: "Votre code",
  yourLink: "Votre lien",
  copyCode: "Copier le code",
  codeCopied: "Code copié",
  friendsJoined: "{count} ami inscrit|{count} amis inscrits",
  friendsPending: "{count} en attente",
  claimTitle: "Vous avez le code d’un ami ?",
  claimCode: "Code de l’ami",
  claim: "Utiliser le code",
  claimed: "Code accepté : votre récompense arrive avec votre première commande.",
  loginForReferral: "Connectez-vous pour obtenir votre code de parrainage.",
  rewards: "Vos récompenses",
  noRewards: "Pas encore de récompense. Donnez votre avis sur un produit ou parrainez un ami.",
  loginForRewards: "Connectez-vous pour voir vos récompenses.",
  status_held: "En attente",
  status_issued: "Prête à l’emploi",
  status_redeemed: "Utilisée",
  status_expired: "Expirée",
  status_revoked: "Retirée",
  status_pending: "En cours de vérification",
  reason_review: "Pour votre avis",
  reason_share_link: "Pour votre partage",
  reason_referral: "Pour un parrainage",
  reason_order: "Pour votre commande",
  offPercent: "{value} % de remise",
  offAmount: "{value} de remise",
  freeShipping: "Livraison offerte",
  code: "Code",
  expires: "Expire le {date}",
  availableOn: "Disponible le {date}",
  applyToCart: "Appliquer au panier",
  applied: "Appliqué à votre panier",
  noCart: "Ajoutez d’abord un article à votre panier",
}

export const CATALOGS: Record<string, Partial<Messages>> = { en, fr }
const catalogs = CATALOGS
export const LANGUAGES = Object.keys(catalogs)

/** "fr-CA" → "fr-CA" if valid for Intl, else "en"; the language part chooses the catalog. */
// Intl objects are slow to make (a page of reviews asks for hundreds of words): one per locale.
const canonical = new Map<string, string>()
const plurals = new Map<string, Intl.PluralRules>()

export function normalizeLocale(raw: string | null | undefined): string {
  const value = (raw ?? "").trim().replace(/_/g, "-")
  if (!value) return "en"
  let result = canonical.get(value)
  if (result === undefined) {
    try {
      result = Intl.getCanonicalLocales(value)[0] ?? "en"
    } catch {
      result = "en"
    }
    canonical.set(value, result)
  }
  return result
}

/** The first non-empty of the widget's `locale`, its `lang`, the page's `lang`; English otherwise. */
export function pickLocale(...candidates: (string | null | undefined)[]): string {
  return normalizeLocale(candidates.find((c) => c && c.trim()))
}

/** A message in the locale's language with `{name}` filled in; "one|other" picks by `count`. */
export function t(locale: string, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const full = normalizeLocale(locale)
  const lang = full.split("-")[0]
  let text = catalogs[lang]?.[key] ?? en[key]
  if (text.includes("|")) {
    const [one, other] = text.split("|")
    const count = Number(vars.count ?? 0)
    let rules = plurals.get(full)
    if (!rules) plurals.set(full, (rules = new Intl.PluralRules(full)))
    const rule = rules.select(count)
    text = rule === "one" ? one : other
  }
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m))
}
