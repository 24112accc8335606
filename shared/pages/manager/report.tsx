// The annual report page: the report as it stands, its downloads in French and English, the
// reconciliation with published figures, and the year's activities as a spreadsheet.
import { Hono } from "hono";
import { LANGUAGES, type Language } from "../../domain/countries";
import { VersionConflictError } from "../../domain/errors";
import type { AppEnv, Deps } from "../../http/context";
import type { ReportModel } from "../../report/model";
import { lastParagraph } from "../../report/render/html";
import { formatDifference, labelsFor } from "../../report/render/labels";
import { notePublishedFigure, publishedFigureCatalog } from "../../use-cases/catalog";
import { reportTextsToEdit } from "../../use-cases/report-texts";
import { annualReport, yearsWithRecords } from "../../use-cases/reports";
import { pageFor } from "../guard";
import { pageLanguage, WORDS } from "../i18n";
import { Page } from "../layout";
import { messagePage } from "../message-page";
import { latestYear, pagePreview, pageYear, withQuery, YearForm } from "../year";
import { figureRecordsRoutes } from "./figure-records";
import { ManagerStyle } from "./manager-css";
import { reportBody } from "./report-body";
import { ReportTextsEditor, reportTextsRoutes } from "./report-texts";
import { REPORT_TEXTS_WORDS } from "./report-texts-words";
import { MANAGER_WORDS, type ManagerWords } from "./words";

const REPORT_FORMATS = ["docx", "md", "json", "html"] as const;
const EXPORT_FORMATS = ["csv", "xlsx"] as const;
const ANNEX_FORMATS = ["html", "docx", "md"] as const;
/**
 * Paragraphs the page shows at a time: a year of thousands of activities is read a page at a time
 * (?page=), so that the page stays far below Lambda's 6 MB response limit.
 */
export const REPORT_PAGE_PARAGRAPHS = 200;

export function reportPage(deps: Deps) {
  const app = new Hono<AppEnv>();
  reportTextsRoutes(app, deps);
  figureRecordsRoutes(app, deps);

  // The note a manager writes on a published figure, in the page's language.
  app.post("/app/report/figures/:id/note", pageFor("manager", "admin"), async (c) => {
    const language = pageLanguage(c);
    const form = await c.req.parseBody();
    const year = Number(form.year);
    const back = (outcome: "saved" | "stale") =>
      c.redirect(`${withQuery("/app/report", { year: String(year), note: outcome })}#report-reconciliation`, 303);
    try {
      await notePublishedFigure(deps, c.get("identity"), c.req.param("id"), {
        language,
        text: typeof form.note === "string" ? form.note : "",
        version: Number(form.version),
      });
      return back("saved");
    } catch (error) {
      if (error instanceof VersionConflictError) return back("stale");
      throw error;
    }
  });

  app.get("/app/report", pageFor("manager", "admin"), async (c) => {
    const language = pageLanguage(c);
    const words = MANAGER_WORDS[language];
    const preview = pagePreview(c);
    // Without ?year=, the latest year the report counts anything in.
    const withRecords = await yearsWithRecords(deps, c.get("identity"), preview);
    const year = pageYear(c, latestYear(withRecords));
    if (year === undefined) {
      return messagePage(c, { title: WORDS[language].nav.report, message: words.badYear, status: 400 });
    }
    const model = await annualReport(deps, c.get("identity"), { year, language, preview });
    const [figures, texts] = await Promise.all([
      publishedFigureCatalog.list(deps, c.get("identity"), { limit: 100 }, { year }),
      reportTextsToEdit(deps, c.get("identity"), year),
    ]);
    const versions = new Map(figures.items.map((figure) => [figure.id, figure.version]));
    const notice =
      c.req.query("note") === "saved"
        ? words.report.noteSaved
        : c.req.query("note") === "stale"
          ? words.report.noteStale
          : undefined;
    const yearHref = (shown: number) =>
      withQuery("/app/report", { year: String(shown), preview: preview ? "true" : undefined });
    const paragraphs = lastParagraph(model);
    const pages = Math.max(1, Math.ceil(paragraphs / REPORT_PAGE_PARAGRAPHS));
    const asked = Number(c.req.query("page") ?? "1");
    const page = Number.isInteger(asked) && asked >= 1 && asked <= pages ? asked : 1;
    const range = (n: number) => ({
      from: (n - 1) * REPORT_PAGE_PARAGRAPHS + 1,
      to: Math.min(paragraphs, n * REPORT_PAGE_PARAGRAPHS),
    });
    const pageHref = (n: number) =>
      `${withQuery("/app/report", { year: String(year), preview: preview ? "true" : undefined, page: n === 1 ? undefined : String(n) })}#report-preview`;
    const path = page === 1 ? yearHref(year) : withQuery(yearHref(year), { page: String(page) });
    return c.html(
      <Page title={words.report.title(year)} language={language} identity={c.get("identity")} path={path}>
        <ManagerStyle />
        <YearForm
          action="/app/report"
          year={year}
          labels={words}
          withRecords={withRecords}
          yearHref={yearHref}
          preview={{ checked: preview, label: words.previewToggle }}
        />
        <p class="notice">{preview ? words.preview : words.official}</p>
        <Downloads year={year} preview={preview} words={words} language={language} />
        <Reconciliation model={model} words={words} versions={versions} year={year} notice={notice} />
        <ReportTextsEditor edit={texts} language={language} notice={textsNotice(c.req.query("texts"))} />
        <section id="report-preview" aria-labelledby="report-preview-heading">
          <h2 id="report-preview-heading">{words.report.previewHeading}</h2>
          <p>
            <strong>{model.title}</strong>
          </p>
          {model.preview && (
            <p class="notice" role="note">
              {labelsFor(language).preview}
            </p>
          )}
          {pages > 1 && <ReportPages words={words} pages={pages} page={page} range={range} href={pageHref} />}
          <div
            id="report-body"
            dangerouslySetInnerHTML={{ __html: reportBody(model, pages > 1 ? range(page) : undefined) }}
          />
          {pages > 1 && <ReportPages words={words} pages={pages} page={page} range={range} href={pageHref} />}
        </section>
      </Page>,
    );
  });

  return app;
}

/** Links to each page of the report's paragraphs, the page shown marked as current. */
function ReportPages({
  words,
  pages,
  page,
  range,
  href,
}: {
  words: ManagerWords;
  pages: number;
  page: number;
  range: (n: number) => { from: number; to: number };
  href: (n: number) => string;
}) {
  return (
    <nav class="no-print pages report-pages" aria-label={words.report.reportPages}>
      <ul>
        {Array.from({ length: pages }, (_, index) => {
          const n = index + 1;
          const { from, to } = range(n);
          const label = words.report.paragraphRange(from, to);
          return <li>{n === page ? <span aria-current="page">{label}</span> : <a href={href(n)}>{label}</a>}</li>;
        })}
      </ul>
    </nav>
  );
}

const textsNotice = (value: string | undefined) =>
  value === "saved" || value === "stale" || value === "invalid" ? value : undefined;

function Downloads({
  year,
  preview,
  words,
  language,
}: {
  year: number;
  preview: boolean;
  words: ManagerWords;
  language: Language;
}) {
  const w = words.report;
  const texts = REPORT_TEXTS_WORDS[language];
  const previewParam = preview ? "true" : undefined;
  const reportUrl = (format: string, lang: Language, part?: "annex") =>
    withQuery(`/app/api/reports/annual/${year}`, { format, lang, preview: previewParam, part });
  return (
    <section id="report-downloads" aria-labelledby="report-downloads-heading" class="no-print">
      <h2 id="report-downloads-heading">{w.downloads}</h2>
      <ul>
        {LANGUAGES.map((lang) => (
          <li>
            {w.languages[lang]}
            <ul>
              {REPORT_FORMATS.map((format) => (
                <li>
                  <a href={reportUrl(format, lang)} hreflang={lang} download={format === "html" ? undefined : ""}>
                    {w.formats[format]}
                  </a>
                </li>
              ))}
              <li>
                {texts.annex}{" "}
                {ANNEX_FORMATS.map((format, index) => (
                  <>
                    {index > 0 && " · "}
                    <a
                      href={reportUrl(format, lang, "annex")}
                      hreflang={lang}
                      download={format === "html" ? undefined : ""}
                    >
                      {w.formats[format]}
                    </a>
                  </>
                ))}
              </li>
            </ul>
          </li>
        ))}
      </ul>
      <h3>{w.exports}</h3>
      <p class="hint">{w.exportsHint}</p>
      <ul>
        {EXPORT_FORMATS.map((format) => (
          <li>
            <a href={withQuery(`/app/api/exports/activities/${year}`, { format, preview: previewParam })} download="">
              {w[format]}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Published totals beside what the records account for: what a manager checks before submitting. */
function Reconciliation({
  model,
  words,
  versions,
  year,
  notice,
}: {
  model: ReportModel;
  words: ManagerWords;
  versions: Map<string, number>;
  year: number;
  notice?: string;
}) {
  const labels = labelsFor(model.language);
  return (
    // Not a named region: the embedded report has one of that name; the table is named apart below.
    <section id="report-reconciliation">
      <h2 id="report-reconciliation-heading">{words.report.reconciliation}</h2>
      {model.reconciliation.length === 0 ? (
        <p>{words.report.noPublished}</p>
      ) : (
        <section
          class="table-wrap"
          tabindex={0}
          aria-labelledby="report-reconciliation-heading report-reconciliation-caption"
        >
          <table>
            <caption id="report-reconciliation-caption">{labels.reconciliationCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.columns.indicator}</th>
                <th scope="col" class="num">
                  {labels.columns.published}
                </th>
                <th scope="col" class="num">
                  {labels.columns.recorded}
                </th>
                <th scope="col" class="num">
                  {labels.columns.difference}
                </th>
                <th scope="col">{labels.columns.meaning}</th>
              </tr>
            </thead>
            <tbody>
              {model.reconciliation.map((row) => (
                <tr data-indicator={row.indicator}>
                  <th scope="row">{row.label}</th>
                  <td class="num">
                    {row.published.text}
                    <br />
                    <span class="hint">{row.published.source}</span>
                  </td>
                  <td class="num">{row.recorded.text}</td>
                  <td class="num">{formatDifference(row.difference, model.language)}</td>
                  <td>
                    {row.meaning}
                    {row.note && (
                      <>
                        <br />
                        <span class="hint">{row.note}</span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {model.reconciliation.length > 0 && (
        <details class="no-print">
          <summary>{words.report.notes}</summary>
          <p class="hint">{words.report.notesHint}</p>
          {model.reconciliation.map((row) => (
            <form method="post" action={`/app/report/figures/${encodeURIComponent(row.published.figureId)}/note`}>
              <input type="hidden" name="year" value={String(year)} />
              <input type="hidden" name="version" value={String(versions.get(row.published.figureId) ?? 0)} />
              <label for={`note-${row.published.figureId}`}>{words.report.noteFor(row.label)}</label>
              <textarea id={`note-${row.published.figureId}`} name="note" rows={2}>
                {row.note ?? ""}
              </textarea>
              <p>
                <button type="submit" class="secondary">
                  {words.report.saveNote}
                </button>
              </p>
            </form>
          ))}
        </details>
      )}
    </section>
  );
}
