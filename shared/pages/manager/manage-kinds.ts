// The reference records the managers' pages manage: for each, its use cases, the schema the API
// checks it with, its form's fields and how the list names a record.
import type { z } from "zod";
import { DonorInputSchema } from "../../domain/donor";
import { LabInputSchema } from "../../domain/lab";
import { MentorInputSchema } from "../../domain/mentor";
import { PUBLISHED_INDICATORS, PublishedFigureSchema, type PublishedIndicator } from "../../domain/published-figure";
import { THEMES } from "../../domain/vocabulary";
import { countryPhrase } from "../../language/country-phrases";
import type { Language } from "../../language/languages";
import { themeLabel } from "../../language/vocabulary-labels";
import { type Catalog, donorCatalog, labCatalog, mentorCatalog, publishedFigureCatalog } from "../../use-cases/catalog";
import { countryOptions } from "../mentor/options";
import { countTogether } from "../together";
import type { FieldSpec } from "./entity-form";
import { MANAGE_WORDS, type ManageWords } from "./manage-words";

export const MANAGE_PATH = "/app/manage";
export const KIND_SLUGS = ["mentors", "donors", "labs", "figures"] as const;
export type KindSlug = (typeof KIND_SLUGS)[number];

export type StoredRecord = Record<string, unknown> & { id: string; version: number };

export type ManagedKind = {
  slug: KindSlug;
  catalog: Catalog<Record<string, unknown>>;
  schema: z.ZodType;
  fields: (language: Language, words: ManageWords) => FieldSpec[];
  /** How the list and the headings name a record. */
  name: (record: StoredRecord, language: Language) => string;
  /** What the list says of it under its name. */
  summary: (record: StoredRecord, language: Language, words: ManageWords) => string;
  /** Fields the form does not show, kept as stored on a replacement (a lab's activities). */
  kept?: (record: StoredRecord) => Record<string, unknown>;
};

const erased = <Input extends object>(catalog: Catalog<Input>) =>
  catalog as unknown as Catalog<Record<string, unknown>>;
const text = (value: unknown) => (typeof value === "string" ? value : "");
const country = (code: unknown, language: Language) => countryPhrase(text(code), language, "name");
const cited = (record: StoredRecord, words: ManageWords) =>
  typeof record.activityCount === "number" && record.activityCount > 0 ? words.activityCount(record.activityCount) : "";

export const MANAGED: Record<KindSlug, ManagedKind> = {
  mentors: {
    slug: "mentors",
    catalog: erased(mentorCatalog),
    schema: MentorInputSchema,
    fields: (language, { fields: f }) => [
      { path: "name", label: f.name, type: "text", required: true },
      { path: "dutyStation.city", label: f.city, type: "text", required: true },
      {
        path: "dutyStation.country",
        label: f.dutyCountry,
        type: "select",
        options: countryOptions(language),
        required: true,
      },
      { path: "countriesCovered", label: f.countriesCovered, type: "countries", options: countryOptions(language) },
      {
        path: "themes",
        label: f.themes,
        type: "checkboxes",
        options: THEMES.map((theme) => ({ value: theme, label: themeLabel(theme, language) })),
      },
      { path: "period.start", label: f.periodStart, type: "date", required: true },
      { path: "period.end", label: f.periodEnd, type: "date" },
    ],
    name: (record) => text(record.name),
    summary: (record, language, words) => {
      const station = record.dutyStation as { city?: string; country?: string } | undefined;
      const covered = (record.countriesCovered as string[] | undefined) ?? [];
      return [
        station && `${station.city}, ${country(station.country, language)}`,
        covered.map((code) => country(code, language)).join(", "),
        cited(record, words),
      ]
        .filter(Boolean)
        .join(" · ");
    },
  },
  donors: {
    slug: "donors",
    catalog: erased(donorCatalog),
    schema: DonorInputSchema,
    fields: (_language, { fields: f }) => [
      { path: "id", label: f.id, type: "text", required: true, createOnly: true, hint: f.idHint },
      { path: "name", label: f.name, type: "text", required: true },
    ],
    name: (record) => text(record.name),
    summary: (record, _language, words) => [record.id, cited(record, words)].filter(Boolean).join(" · "),
  },
  labs: {
    slug: "labs",
    catalog: erased(labCatalog),
    schema: LabInputSchema,
    fields: (language, { fields: f }) => [
      { path: "institution", label: f.institution, type: "text", required: true },
      { path: "country", label: f.country, type: "select", options: countryOptions(language), required: true },
      {
        path: "type",
        label: f.type,
        type: "select",
        required: true,
        options: (["national_lab", "regional_unit"] as const).map((type) => ({ value: type, label: f.types[type] })),
      },
      { path: "setUpOn", label: f.setUpOn, type: "date" },
      { path: "year", label: f.year, type: "number", hint: f.labYearHint },
    ],
    name: (record) => text(record.institution),
    summary: (record, language, { fields: f }) =>
      [
        country(record.country, language),
        f.types[record.type as "national_lab" | "regional_unit"],
        text(record.setUpOn) || (record.year === undefined ? "" : String(record.year)),
      ]
        .filter(Boolean)
        .join(" · "),
    kept: (record) => ({ activityIds: record.activityIds ?? [] }),
  },
  figures: {
    slug: "figures",
    catalog: erased(publishedFigureCatalog),
    schema: PublishedFigureSchema,
    fields: (_language, words) => {
      const f = words.fields;
      return [
        { path: "id", label: f.id, type: "text", required: true, createOnly: true, hint: f.figureIdHint },
        { path: "year", label: f.year, type: "number", required: true },
        {
          path: "indicator",
          label: f.indicator,
          type: "select",
          required: true,
          options: PUBLISHED_INDICATORS.map((indicator) => ({ value: indicator, label: words.indicators[indicator] })),
        },
        { path: "value", label: f.value, type: "number", required: true },
        {
          path: "qualifier",
          label: f.qualifier,
          type: "select",
          required: true,
          options: (["exact", "approximately", "at_least"] as const).map((qualifier) => ({
            value: qualifier,
            label: f.qualifiers[qualifier],
          })),
        },
        { path: "unit", label: f.unit, type: "text", required: true },
        { path: "label.fr", label: f.labelFr, type: "text" },
        { path: "label.en", label: f.labelEn, type: "text" },
        { path: "label.es", label: f.labelEs, type: "text" },
        { path: "source.document", label: f.sourceDocument, type: "text", required: true },
        { path: "source.paragraph", label: f.sourceParagraph, type: "text", required: true },
        { path: "note.fr", label: f.noteFr, type: "textarea" },
        { path: "note.en", label: f.noteEn, type: "textarea" },
        { path: "note.es", label: f.noteEs, type: "textarea" },
      ];
    },
    // Without a label in the page's language, the indicator's name in it: never another language's label.
    name: (record, language) => {
      const label = record.label as Partial<Record<Language, string>> | undefined;
      const indicator = MANAGE_WORDS[language].indicators[record.indicator as PublishedIndicator];
      return label?.[language] ?? indicator ?? record.id;
    },
    summary: (record, language) => {
      const source = record.source as { document?: string; paragraph?: string } | undefined;
      return [
        String(record.year),
        countTogether(Number(record.value), record.qualifier as "exact", language),
        source && `${source.document}, ¶${source.paragraph}`,
      ]
        .filter(Boolean)
        .join(" · ");
    },
  },
};

export const isKindSlug = (value: string | undefined): value is KindSlug =>
  (KIND_SLUGS as readonly (string | undefined)[]).includes(value);
