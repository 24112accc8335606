// The report texts' editor on the report page: the year's texts in the page's language (or the
// previous year's, to start from), saved as the year's own, with the version read.
import type { Hono } from "hono";
import { ConflictError, ValidationError, VersionConflictError } from "../../domain/errors";
import {
  LanguageTextsSchema,
  REPORT_PLACES,
  type ReportTextsInput,
  TEXT_BLOCKS,
  type TextBlock,
  type TitleBlock,
  TitleBlockSchema,
} from "../../domain/report-texts";
import type { AppEnv, Deps } from "../../http/context";
import type { Language } from "../../language/languages";
import { languageTable } from "../../language/tables";
import { saveLanguageTexts, type TextsToEdit } from "../../use-cases/report-texts";
import { pageFor } from "../guard";
import { pageLanguage } from "../i18n";
import { withQuery } from "../year";
import { REPORT_TEXTS_WORDS } from "./report-texts-words";

const TITLE_FIELDS = Object.keys(TitleBlockSchema.shape) as (keyof TitleBlock)[];

/** Paragraphs are separated by an empty line in the text area. */
const paragraphsOf = (value: unknown) =>
  typeof value === "string"
    ? value
        .split(/\r?\n\s*\r?\n/)
        .map((paragraph) => paragraph.replace(/\s*\r?\n\s*/g, " ").trim())
        .filter(Boolean)
    : [];

/** "id-1 id-2 → place" per line: the activities told together, and where (optional). */
function groupsOf(value: unknown): ReportTextsInput["groups"] | undefined {
  if (typeof value !== "string") return undefined;
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [ids = "", place] = line.split(/\s*(?:→|->)\s*/);
      const known = REPORT_PLACES.find((candidate) => candidate === place?.trim());
      return { activities: ids.split(/[\s,]+/).filter(Boolean), ...(known && { place: known }) };
    });
}

const groupsText = (groups: ReportTextsInput["groups"]) =>
  groups.map((group) => `${group.activities.join(" ")}${group.place ? ` → ${group.place}` : ""}`).join("\n");

const field = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : undefined);

export function reportTextsRoutes(app: Hono<AppEnv>, deps: Deps) {
  app.post("/app/report/texts", pageFor("manager", "admin"), async (c) => {
    const language = pageLanguage(c);
    const form = await c.req.parseBody();
    const year = Number(form.year);
    const back = (outcome: string) =>
      c.redirect(`${withQuery("/app/report", { year: String(year), texts: outcome })}#report-texts`, 303);
    const titleBlock = Object.fromEntries(
      TITLE_FIELDS.flatMap((name) => {
        const value = field(form[`title-${name}`]);
        return value ? [[name, value]] : [];
      }),
    );
    const blocks = Object.fromEntries(
      TEXT_BLOCKS.flatMap((block) => {
        const paragraphs = paragraphsOf(form[`block-${block}`]);
        return paragraphs.length ? [[block, paragraphs]] : [];
      }),
    );
    const parsed = LanguageTextsSchema.safeParse({ titleBlock, blocks });
    if (!parsed.success) return back("invalid");
    try {
      await saveLanguageTexts(deps, c.get("identity"), {
        year,
        language,
        texts: parsed.data,
        symbol: field(form.symbol),
        groups: groupsOf(form.groups),
        version: form.version ? Number(form.version) : undefined,
      });
      return back("saved");
    } catch (error) {
      if (error instanceof VersionConflictError || error instanceof ConflictError) return back("stale");
      if (error instanceof ValidationError) return back("invalid");
      throw error;
    }
  });
}

export function ReportTextsEditor({
  edit,
  language,
  notice,
}: {
  edit: TextsToEdit;
  language: Language;
  notice?: "saved" | "stale" | "invalid";
}) {
  const words = REPORT_TEXTS_WORDS[language];
  const own = edit.texts.texts[language];
  const status =
    edit.from === edit.year
      ? words.own(edit.year)
      : edit.from !== undefined
        ? words.from(edit.year, edit.from)
        : words.none(edit.year);
  const message =
    notice === "saved"
      ? words.saved
      : notice === "stale"
        ? words.stale
        : notice === "invalid"
          ? words.invalid("")
          : undefined;
  const block = (name: TextBlock) => (own?.blocks[name] ?? []).join("\n\n");
  return (
    <details id="report-texts" class="no-print" open={notice !== undefined}>
      <summary>{words.heading}</summary>
      <p class="hint">{words.hint}</p>
      <p class="notice">{status}</p>
      {message && (
        <p class="notice" role="status">
          {message}
        </p>
      )}
      <form method="post" action="/app/report/texts">
        <input type="hidden" name="year" value={String(edit.year)} />
        <input type="hidden" name="version" value={edit.version === undefined ? "" : String(edit.version)} />
        <h3>{words.inLanguage(languageTable(language).name)}</h3>
        <label for="texts-symbol">{words.symbol}</label>
        <input id="texts-symbol" name="symbol" value={edit.texts.symbol ?? ""} />
        {TITLE_FIELDS.map((name) => (
          <>
            <label for={`texts-title-${name}`}>{words.titleBlock[name]}</label>
            <input id={`texts-title-${name}`} name={`title-${name}`} value={own?.titleBlock[name] ?? ""} />
          </>
        ))}
        {TEXT_BLOCKS.map((name) => (
          <>
            <label for={`texts-block-${name}`}>{words.blocks[name]}</label>
            <textarea id={`texts-block-${name}`} name={`block-${name}`} rows={name === "introduction" ? 12 : 4}>
              {block(name)}
            </textarea>
          </>
        ))}
        <label for="texts-groups">{words.groups}</label>
        <p class="hint">{words.groupsHint(REPORT_PLACES.join(", "))}</p>
        <textarea id="texts-groups" name="groups" rows={4}>
          {groupsText(edit.texts.groups)}
        </textarea>
        <p>
          <button type="submit">{words.save}</button>
        </p>
      </form>
    </details>
  );
}
