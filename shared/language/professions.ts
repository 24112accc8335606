// Who took part, as the report names them: « 85 agents des services de détection et de répression ».
import type { Language } from "./languages";
import { isSingular } from "./plural";
import type { Noun, ProfessionNoun } from "./table";
import { languageTable } from "./tables";

export function professionNoun(profession: ProfessionNoun, lang: Language): Noun {
  return languageTable(lang).professions[profession];
}

/** The noun phrase for `count` people: (85, law_enforcement, fr) → « agents des services de … ». */
export function professionPhrase(profession: ProfessionNoun, count: number, lang: Language): string {
  const noun = professionNoun(profession, lang);
  return isSingular(count, lang) ? noun.singular : noun.plural;
}
