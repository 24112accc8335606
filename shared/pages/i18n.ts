// The words of the pages in French and English, and the language a visitor reads them in.
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { Role } from "../auth/identity";
import { LANGUAGES, type Language } from "../domain/countries";
import { frenchWords } from "./french-words";

const LANGUAGE_COOKIE = "lang";

/** ?lang= switches and is remembered; then the remembered choice; then the browser's preference. */
export function pageLanguage(c: Context): Language {
  const asked = c.req.query("lang");
  if (asked && (LANGUAGES as readonly string[]).includes(asked)) {
    setCookie(c, LANGUAGE_COOKIE, asked, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "Lax" });
    return asked as Language;
  }
  const remembered = getCookie(c, LANGUAGE_COOKIE);
  if (remembered && (LANGUAGES as readonly string[]).includes(remembered)) return remembered as Language;
  return /^fr\b/i.test(c.req.header("accept-language") ?? "") ? "fr" : "en";
}

export const WORDS = {
  fr: frenchWords({
    product: "Suivi du renforcement des capacités contre la cybercriminalité",
    skip: "Aller au contenu",
    signIn: "Se connecter",
    signOut: "Se déconnecter",
    signedInAs: "Connecté en tant que",
    language: "English",
    languageCode: "en",
    nav: {
      myActivities: "Mes activités",
      logActivity: "Enregistrer une activité",
      dashboard: "Tableau de bord",
      validation: "Validation",
      report: "Rapport annuel",
      donor: "Activités financées",
    },
    signInTitle: "Connexion",
    signInLocal: "Serveur local : choisissez un utilisateur de développement.",
    signInAws: "Connectez-vous avec votre compte ONUDC.",
    signInFailed: "La connexion n’a pas abouti : le lien de retour est incomplet ou a expiré. Recommencez.",
    roles: { mentor: "Mentor", manager: "Gestionnaire de programme", donor: "Donateur", admin: "Administrateur" },
    forbidden: "Cette page n’est pas ouverte à votre rôle.",
    notFound: "Page introuvable.",
  }),
  en: {
    product: "Cybercrime capacity-building tracker",
    skip: "Skip to content",
    signIn: "Sign in",
    signOut: "Sign out",
    signedInAs: "Signed in as",
    language: "Français",
    languageCode: "fr",
    nav: {
      myActivities: "My activities",
      logActivity: "Log an activity",
      dashboard: "Dashboard",
      validation: "Validation",
      report: "Annual report",
      donor: "Funded activities",
    },
    signInTitle: "Sign in",
    signInLocal: "Local server: choose a development user.",
    signInAws: "Sign in with your UNODC account.",
    signInFailed: "The sign-in did not complete: the return link is incomplete or has expired. Start again.",
    roles: { mentor: "Mentor", manager: "Programme manager", donor: "Donor", admin: "Administrator" },
    forbidden: "This page is not open to your role.",
    notFound: "Page not found.",
  },
} satisfies Record<Language, unknown>;

export type Words = (typeof WORDS)["en"];

/** A person as the pages name them: "Mentor, Nairobi (Mentor)", but "Administrator" once, not twice. */
export function nameWithRole(name: string, role: Role, language: Language): string {
  const label = WORDS[language].roles[role];
  return name === label ? name : `${name} (${label})`;
}
