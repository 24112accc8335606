// The drill-down of a report's figure: the records its totals cell counts, a page at a time, each
// linked to its own page; and the working annex as the report page links to it, whose figure
// sources open this page. It lists what GET /reports/annual/{year}/records answers.
//
// Stable hooks for tests: ol#figure-records with li[data-record-id], a#figure-records-next.
import type { Hono } from "hono";
import { FigureCellSchema } from "../../domain/figure-cells";
import type { AppEnv, Deps } from "../../http/context";
import { countryPhrase } from "../../language/country-phrases";
import type { Language } from "../../language/languages";
import { languageTable } from "../../language/tables";
import { renderHtmlAnnex } from "../../report/render/html";
import { statusLabel } from "../../report/render/labels";
import { annualReport, figureRecords } from "../../use-cases/reports";
import { pageFor } from "../guard";
import { pageLanguage } from "../i18n";
import { Page } from "../layout";
import { activityPath } from "../mentor/paths";
import { messagePage } from "../message-page";
import { pagePreview, pageYear, withQuery } from "../year";
import { figureName } from "./figure-names";
import { MANAGE_PATH } from "./manage-kinds";
import { ManagerStyle } from "./manager-css";

export const FIGURE_RECORDS_PATH = "/app/report/records";
export const REPORT_ANNEX_PATH = "/app/report/annex";
const PAGE_SIZE = 50;

/** The drill-down page of a totals cell of the year. */
export function figureRecordsPath(year: number, cell: string, preview: boolean): string {
  return withQuery(FIGURE_RECORDS_PATH, { year: String(year), cell, preview: preview ? "true" : undefined });
}

/** The working annex in the pages: its records and drill-downs open the pages' own. */
export function reportAnnexPath(year: number, preview: boolean): string {
  return withQuery(REPORT_ANNEX_PATH, { year: String(year), preview: preview ? "true" : undefined });
}

const WORDS = {
  en: {
    title: (year: number) => `Records a figure of the ${year} report counts`,
    intro: (year: number) => `The records of ${year} whose own figures add up to this figure of the report.`,
    cell: "Totals cell",
    preview: "Submitted records count too (preview).",
    none: "No record counts in this figure.",
    next: "Next records",
    first: "Back to the first records",
    badCell: "This is not a figure of the report.",
    countries: "Countries",
  },
  fr: {
    title: (year: number) => `Enregistrements comptés par un chiffre du rapport ${year}`,
    intro: (year: number) => `Les enregistrements de ${year} dont les chiffres font ce chiffre du rapport.`,
    cell: "Cellule des totaux",
    preview: "Les enregistrements soumis comptent aussi (aperçu).",
    none: "Aucun enregistrement ne compte dans ce chiffre.",
    next: "Enregistrements suivants",
    first: "Retour aux premiers enregistrements",
    badCell: "Ce n’est pas un chiffre du rapport.",
    countries: "Pays",
  },
  es: {
    title: (year: number) => `Registros que cuenta una cifra del informe de ${year}`,
    intro: (year: number) => `Los registros de ${year} cuyas cifras suman esta cifra del informe.`,
    cell: "Celda de totales",
    preview: "Los registros presentados también cuentan (vista previa).",
    none: "Ningún registro cuenta en esta cifra.",
    next: "Registros siguientes",
    first: "Volver a los primeros registros",
    badCell: "No es una cifra del informe.",
    countries: "Países",
  },
} satisfies Record<Language, unknown>;

export function figureRecordsRoutes(app: Hono<AppEnv>, deps: Deps) {
  app.get(FIGURE_RECORDS_PATH, pageFor("manager", "admin"), async (c) => {
    const language = pageLanguage(c);
    const words = WORDS[language];
    const year = pageYear(c);
    const cell = FigureCellSchema.safeParse(c.req.query("cell") ?? "");
    if (year === undefined || !cell.success) {
      return messagePage(c, { title: words.title(year ?? 0), message: words.badCell, status: 400 });
    }
    const preview = pagePreview(c);
    const cursor = c.req.query("cursor") || undefined;
    const query = { year, cell: cell.data, preview };
    const page = await figureRecords(deps, c.get("identity"), query, { limit: PAGE_SIZE, cursor });
    const here = figureRecordsPath(year, cell.data, preview);
    return c.html(
      <Page
        title={figureName(cell.data, language) ?? words.title(year)}
        language={language}
        identity={c.get("identity")}
        path={cursor ? withQuery(here, { cursor }) : here}
      >
        <ManagerStyle />
        <p>{words.intro(year)}</p>
        {/* The code the API's drill-down takes, for whoever follows the figure there. */}
        <p class="hint">
          {words.cell}
          {languageTable(language).colon}
          <code>{cell.data}</code>
        </p>
        {preview && <p class="notice">{words.preview}</p>}
        {page.items.length === 0 && !page.nextCursor ? (
          <p>{words.none}</p>
        ) : (
          <ol id="figure-records">
            {page.items.map((entry) => (
              <li data-record-id={entry.id}>
                <a
                  href={
                    entry.kind === "lab"
                      ? `${MANAGE_PATH}/labs/${encodeURIComponent(entry.id)}`
                      : activityPath(entry.id)
                  }
                >
                  {entry.title}
                </a>
                {entry.status && <> — {statusLabel(entry.status, language)}</>}
                {entry.source && <> — {entry.source}</>}
                {entry.countries.length > 0 && (
                  <> ({entry.countries.map((country) => countryPhrase(country, language, "name")).join(", ")})</>
                )}
              </li>
            ))}
          </ol>
        )}
        <p class="no-print">
          {page.nextCursor && (
            <a id="figure-records-next" href={withQuery(here, { cursor: page.nextCursor })}>
              {words.next}
            </a>
          )}
          {cursor && (
            <>
              {page.nextCursor && " · "}
              <a href={here}>{words.first}</a>
            </>
          )}
        </p>
      </Page>,
    );
  });

  // The annex as the report page's figures link to it: the same as the API's, with links that stay in the pages.
  app.get(REPORT_ANNEX_PATH, pageFor("manager", "admin"), async (c) => {
    const language = pageLanguage(c);
    const year = pageYear(c);
    if (year === undefined) {
      return messagePage(c, { title: WORDS[language].title(0), message: WORDS[language].badCell, status: 400 });
    }
    const preview = pagePreview(c);
    const model = await annualReport(deps, c.get("identity"), { year, language, preview });
    return c.html(
      renderHtmlAnnex(model, {
        recordUrl: (kind, id) =>
          kind === "activity"
            ? activityPath(id)
            : `/app/api/${kind === "lab" ? "labs" : "published-figures"}/${encodeURIComponent(id)}`,
        drillDownUrl: (trace) => figureRecordsPath(year, trace.cell, preview),
      }),
    );
  });
}
