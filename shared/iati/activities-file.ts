// One `iati-activities` file (IATI Activity Standard 2.03) of validated activities, built with
// xmlbuilder2 in the order the schema's sequences ask. It carries what a donor's system reads —
// titles and descriptions, dates, organisations, places, sector and results — and nothing of the
// people or the programme's internal notes: no mentor, no note, no comment, no author.
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import type { Activity } from "../domain/activity";
import type { Donor } from "../domain/donor";
import { LANGUAGES, type Language } from "../language/languages";
import { activityText } from "../report/activity-text";
import { plainText } from "../report/donor-summary";
import { MULTILATERAL, UNODC_NAME } from "./organisation";
import { REGION_VOCABULARY_UN_M49, recipients } from "./recipients";
import { activityResults, type Result, type Texts } from "./results";
import { SECTOR_VOCABULARY_DAC, THEME_SECTORS } from "./sectors";

export const IATI_VERSION = "2.03";

/** The file's default language: a narrative without `xml:lang` (a title, an indicator) is in it. */
const DEFAULT_LANGUAGE: Language = "en";

/** OrganisationRole. */
const FUNDING = "1";
const IMPLEMENTING = "4";
/** ActivityStatus: 1 Pipeline/identification, 2 Implementation, 4 Closed. */
const PIPELINE = "1";
const IMPLEMENTATION = "2";
const CLOSED = "4";
/** ActivityDateType: 1 Planned start, 2 Actual start, 3 Planned end, 4 Actual end. */
const PLANNED_START = "1";
const ACTUAL_START = "2";
const PLANNED_END = "3";
const ACTUAL_END = "4";
/** DescriptionType 1: General. */
const GENERAL = "1";

export type IatiFileInput = {
  activities: Activity[];
  /** The funders the file may name, by id: a donor's own file names that donor only. */
  donors: Donor[];
  reportingOrg: string;
  /** When the file is made: its `generated-datetime`, and what "past" means for dates and status. */
  generatedAt: Date;
};

export function iatiIdentifier(reportingOrg: string, activity: Pick<Activity, "id">): string {
  return `${reportingOrg}-${activity.id}`;
}

function narratives(parent: XMLBuilder, texts: Texts | string): XMLBuilder {
  if (typeof texts === "string") {
    parent.ele("narrative").txt(texts);
    return parent;
  }
  for (const language of LANGUAGES) {
    const text = texts[language];
    if (text) parent.ele("narrative", { "xml:lang": language }).txt(text);
  }
  return parent;
}

/**
 * The language a record's title was typed in, as far as the record tells: the one language its
 * narrative is written in, when it is written in one only; otherwise the file's default.
 */
function titleLanguage(activity: Activity): Language {
  const written = LANGUAGES.filter((language) => activity.narrative?.[language]?.trim());
  return written.length === 1 ? (written[0] as Language) : DEFAULT_LANGUAGE;
}

function organisation(parent: XMLBuilder, name: string, attributes: Record<string, string>, texts: Texts | string) {
  narratives(parent.ele(name, attributes), texts).up();
}

function status(activity: Activity, today: string): string {
  if (activity.startDate > today) return PIPELINE;
  return activity.endDate >= today ? IMPLEMENTATION : CLOSED;
}

function result(parent: XMLBuilder, { type, title, description, baseline, period, actuals }: Result) {
  const element = parent.ele("result", { type });
  narratives(element.ele("title"), title).up();
  const indicator = element.ele("indicator", { measure: "1" });
  narratives(indicator.ele("title"), title).up();
  if (description) narratives(indicator.ele("description"), description).up();
  if (baseline) {
    indicator
      .ele("baseline", { year: String(baseline.year), "iso-date": baseline.isoDate, value: String(baseline.value) })
      .up();
  }
  const periodElement = indicator.ele("period");
  periodElement.ele("period-start", { "iso-date": period.start }).up();
  periodElement.ele("period-end", { "iso-date": period.end }).up();
  for (const actual of actuals) {
    const actualElement = periodElement.ele("actual", { value: String(actual.value) });
    for (const dimension of actual.dimensions) actualElement.ele("dimension", dimension).up();
    if (actual.comment) narratives(actualElement.ele("comment"), actual.comment).up();
  }
}

function activityElement(parent: XMLBuilder, activity: Activity, input: IatiFileInput, today: string) {
  const { reportingOrg } = input;
  const element = parent.ele("iati-activity", {
    "xml:lang": DEFAULT_LANGUAGE,
    "last-updated-datetime": activity.updatedAt,
    hierarchy: "1",
  });
  element.ele("iati-identifier").txt(iatiIdentifier(reportingOrg, activity)).up();
  organisation(element, "reporting-org", { ref: reportingOrg, type: MULTILATERAL }, UNODC_NAME);
  // Said on the title's narrative itself, even where it is the file's default, as IATI asks of
  // titles and descriptions.
  element
    .ele("title")
    .ele("narrative", { "xml:lang": titleLanguage(activity) })
    .txt(activity.title)
    .up()
    .up();
  narratives(
    element.ele("description", { type: GENERAL }),
    Object.fromEntries(LANGUAGES.map((language) => [language, plainText(activityText(activity, language))])),
  ).up();
  const funders = new Map(input.donors.map((donor) => [donor.id, donor]));
  for (const donorId of activity.donors) {
    const donor = funders.get(donorId);
    if (donor) organisation(element, "participating-org", { role: FUNDING }, donor.name);
  }
  organisation(element, "participating-org", { ref: reportingOrg, role: IMPLEMENTING, type: MULTILATERAL }, UNODC_NAME);
  for (const partner of activity.partners) {
    organisation(element, "participating-org", { role: IMPLEMENTING }, partner);
  }
  element.ele("activity-status", { code: status(activity, today) }).up();
  const started = activity.startDate <= today;
  const ended = activity.endDate < today;
  element.ele("activity-date", { "iso-date": activity.startDate, type: started ? ACTUAL_START : PLANNED_START }).up();
  element.ele("activity-date", { "iso-date": activity.endDate, type: ended ? ACTUAL_END : PLANNED_END }).up();
  const places = recipients(activity);
  for (const country of places.countries) {
    element.ele("recipient-country", { code: country.code, percentage: country.percentage }).up();
  }
  for (const region of places.regions) {
    element
      .ele("recipient-region", {
        code: region.code,
        vocabulary: REGION_VOCABULARY_UN_M49,
        percentage: region.percentage,
      })
      .up();
  }
  element
    .ele("sector", { vocabulary: SECTOR_VOCABULARY_DAC, code: THEME_SECTORS[activity.theme].code, percentage: "100" })
    .up();
  for (const each of activityResults(activity)) result(element, each);
}

/** The file, as UTF-8 XML text. Only validated activities are written, whatever the input holds. */
export function iatiActivitiesFile(input: IatiFileInput): string {
  const generated = input.generatedAt.toISOString();
  const today = generated.slice(0, 10);
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("iati-activities", {
    version: IATI_VERSION,
    "generated-datetime": generated.replace(/\.\d{3}Z$/, "Z"),
  });
  for (const activity of input.activities) {
    if (activity.status === "validated") activityElement(root, activity, input, today);
  }
  return root.end({ prettyPrint: true });
}
