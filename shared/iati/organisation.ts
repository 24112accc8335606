// The reporting organisation of the IATI file: UNODC, under its OECD DAC channel code 41128
// (codelists/CRSChannelCode.xml), unless the configuration names another identifier.
import type { Language } from "../language/languages";

export const DEFAULT_REPORTING_ORG = "XM-DAC-41128";

/** OrganisationType 40: Multilateral. */
export const MULTILATERAL = "40";

export const UNODC_NAME: Record<Language, string> = {
  fr: "Office des Nations Unies contre la drogue et le crime",
  en: "United Nations Office on Drugs and Crime",
  es: "Oficina de las Naciones Unidas contra la Droga y el Delito",
};
