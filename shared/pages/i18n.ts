// The words of the pages in each language, and the language a visitor reads them in.
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { Role } from "../auth/identity";
import { isLanguage, LANGUAGES, type Language } from "../language/languages";
import { frenchWords } from "./french-words";

const LANGUAGE_COOKIE = "lang";

/** The pages' language for a browser whose first preference is none of LANGUAGES. */
const FALLBACK_LANGUAGE: Language = "en";
/** An Accept-Language header that starts with the language: "fr", "fr-CA,en;q=0.8". */
const PREFERS = LANGUAGES.map((language) => ({ language, test: new RegExp(`^${language}\\b`, "i") }));

/** ?lang= switches and is remembered; then the remembered choice; then the browser's first preference. */
export function pageLanguage(c: Context): Language {
  const asked = c.req.query("lang");
  if (isLanguage(asked)) {
    setCookie(c, LANGUAGE_COOKIE, asked, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "Lax" });
    return asked;
  }
  const remembered = getCookie(c, LANGUAGE_COOKIE);
  if (isLanguage(remembered)) return remembered;
  const preferred = c.req.header("accept-language") ?? "";
  return PREFERS.find(({ test }) => test.test(preferred))?.language ?? FALLBACK_LANGUAGE;
}

const ENGLISH = {
  product: "Cybercrime capacity-building tracker",
  productShort: "Cybercrime tracker",
  skip: "Skip to content",
  menu: "Menu",
  signIn: "Sign in",
  signOut: "Sign out",
  signedInAs: "Signed in as",
  nav: {
    myActivities: "My activities",
    allActivities: "All activities",
    logActivity: "Log an activity",
    dashboard: "Dashboard",
    validation: "Validation",
    report: "Annual report",
    manage: "Reference records",
    donor: "Funded activities",
  },
  signInTitle: "Sign in",
  signInLocal: "Local server: choose a development user.",
  signInAws: "Sign in with your UNODC account.",
  signInFailed: "The sign-in did not complete: the return link is incomplete or has expired. Start again.",
  roles: { mentor: "Mentor", manager: "Programme manager", donor: "Donor", admin: "Administrator" },
  forbiddenTitle: "Not open to your role",
  forbidden: "This page is not open to your role: the pages you can open are in the menu above.",
  recordForbidden:
    "Your account cannot do this with this record: a mentor changes only the records they logged, until they are validated.",
  notFoundTitle: "Page not found",
  notFound: "Nothing is at this address: the record may have been deleted, or the link is incomplete.",
  home: "Go to your home page",
};

export type Words = typeof ENGLISH;

const FRENCH: Words = {
  product: "Suivi du renforcement des capacités contre la cybercriminalité",
  productShort: "Suivi cybercriminalité",
  skip: "Aller au contenu",
  menu: "Menu",
  signIn: "Se connecter",
  signOut: "Se déconnecter",
  signedInAs: "Connecté en tant que",
  nav: {
    myActivities: "Mes activités",
    allActivities: "Toutes les activités",
    logActivity: "Enregistrer une activité",
    dashboard: "Tableau de bord",
    validation: "Validation",
    report: "Rapport annuel",
    manage: "Référentiel",
    donor: "Activités financées",
  },
  signInTitle: "Connexion",
  signInLocal: "Serveur local : choisissez un utilisateur de développement.",
  signInAws: "Connectez-vous avec votre compte ONUDC.",
  signInFailed: "La connexion n’a pas abouti : le lien de retour est incomplet ou a expiré. Recommencez.",
  roles: { mentor: "Mentor", manager: "Gestionnaire de programme", donor: "Donateur", admin: "Administrateur" },
  forbiddenTitle: "Page non ouverte à votre rôle",
  forbidden:
    "Cette page n’est pas ouverte à votre rôle : les pages auxquelles vous avez accès figurent dans le menu ci-dessus.",
  recordForbidden:
    "Votre compte ne peut pas effectuer cette opération sur cet enregistrement : un mentor ne modifie que les enregistrements qu’il a faits, tant qu’ils ne sont pas validés.",
  notFoundTitle: "Page introuvable",
  notFound: "Il n’y a rien à cette adresse : l’enregistrement a peut-être été supprimé, ou le lien est incomplet.",
  home: "Aller à votre page d’accueil",
};

const SPANISH: Words = {
  product: "Seguimiento de la creación de capacidad contra el delito cibernético",
  productShort: "Seguimiento ciberdelito",
  skip: "Ir al contenido",
  menu: "Menú",
  signIn: "Iniciar sesión",
  signOut: "Cerrar sesión",
  signedInAs: "Sesión iniciada como",
  nav: {
    myActivities: "Mis actividades",
    allActivities: "Todas las actividades",
    logActivity: "Registrar una actividad",
    dashboard: "Panel",
    validation: "Validación",
    report: "Informe anual",
    manage: "Registros de referencia",
    donor: "Actividades financiadas",
  },
  signInTitle: "Iniciar sesión",
  signInLocal: "Servidor local: elija un usuario de desarrollo.",
  signInAws: "Inicie sesión con su cuenta de la UNODC.",
  signInFailed: "No se pudo iniciar la sesión: el enlace de vuelta está incompleto o ha caducado. Vuelva a empezar.",
  roles: { mentor: "Mentor", manager: "Gestor de programa", donor: "Donante", admin: "Administrador" },
  forbiddenTitle: "Página no abierta a su función",
  forbidden:
    "Esta página no está abierta a su función: las páginas a las que tiene acceso figuran en el menú de arriba.",
  recordForbidden:
    "Su cuenta no puede realizar esta operación con este registro: un mentor solo modifica los registros que ha hecho, mientras no estén validados.",
  notFoundTitle: "Página no encontrada",
  notFound: "No hay nada en esta dirección: puede que el registro se haya eliminado o que el enlace esté incompleto.",
  home: "Ir a su página de inicio",
};

export const WORDS: Record<Language, Words> = { fr: frenchWords(FRENCH), en: ENGLISH, es: SPANISH };

/**
 * A person as the pages name them: "Mentor, Nairobi (Mentor)". A name that is only a role's word
 * in some language (the development users "Programme manager", "Administrator") is that role in
 * the page's language, once: « Gestionnaire de programme », not « Programme manager (…) ».
 */
export function nameWithRole(name: string, role: Role, language: Language): string {
  const label = WORDS[language].roles[role];
  return isRoleWord(name, role) ? label : `${name} (${label})`;
}

/** Whether a person's name is only their role's word, in any language: "Programme manager". */
export function isRoleWord(name: string, role: Role): boolean {
  return LANGUAGES.some((language) => WORDS[language].roles[role] === name);
}
