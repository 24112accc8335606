// The import page (managers and mentors): the templates, a file to check (a dry run that lists every
// problem and what would be written) and to import. The rows go through the same use case as
// POST /imports; nothing is written while the file has a problem.
//
// Stable hooks for tests: form#import-form (input[name=file], input[name=submit], button[name=action]
// value check|commit), #import-report with [data-committed], ul#import-problems li, table#import-create.
import { Hono } from "hono";
import type { AppEnv, Deps } from "../../http/context";
import type { Language } from "../../language/languages";
import { problemText } from "../../spreadsheet/rows";
import { type ImportReport, importActivities } from "../../use-cases/imports";
import { pageFor } from "../guard";
import { pageLanguage } from "../i18n";
import { Page } from "../layout";
import { IMPORT_PAGE_PATH } from "./paths";
import { IMPORT_WORDS } from "./words";

function Report({ report, language }: { report: ImportReport; language: Language }) {
  const words = IMPORT_WORDS[language];
  const counts = [report.create.length, report.update.length, report.unchanged.length] as const;
  return (
    <section id="import-report" data-committed={String(report.committed)} aria-live="polite">
      <h2>{report.file}</h2>
      {report.problems.length > 0 ? (
        <>
          <p>
            <strong>{words.problems(report.problems.length)}</strong>
          </p>
          <ul id="import-problems">
            {report.problems.map((problem) => (
              <li>{problemText(problem)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{words.none}</p>
      )}
      <p>{report.committed ? words.were(...counts) : words.wouldBe(...counts)}</p>
      {!report.committed && report.problems.length === 0 && counts[0] + counts[1] > 0 && <p>{words.again}</p>}
      {(
        [
          ["import-create", words.create, report.create],
          ["import-update", words.update, report.update],
        ] as const
      ).map(([id, caption, rows]) =>
        rows.length === 0 ? null : (
          <div class="table-scroll">
            <table id={id}>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{words.row}</th>
                  <th scope="col">{words.reference}</th>
                  <th scope="col">{words.titleColumn}</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, 200).map((row) => (
                  <tr>
                    <td>{row.row}</td>
                    <td>
                      <code>{row.id}</code>
                    </td>
                    <td>{row.title}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ),
      )}
    </section>
  );
}

export function importPage(deps: Deps) {
  const app = new Hono<AppEnv>();
  const roles = pageFor("mentor", "manager", "admin");

  const render = (
    language: Language,
    identity: AppEnv["Variables"]["identity"],
    report?: ImportReport,
    note?: string,
  ) => {
    const words = IMPORT_WORDS[language];
    return (
      <Page title={words.title} language={language} identity={identity} path={IMPORT_PAGE_PATH}>
        <p>{words.intro}</p>
        <p>
          <a href={`/app/api/imports/template?lang=${language}&format=xlsx`}>{words.template}</a> ·{" "}
          <a href={`/app/api/imports/template?lang=${language}&format=csv`}>{words.templateCsv}</a>
        </p>
        <form
          id="import-form"
          method="post"
          action={`${IMPORT_PAGE_PATH}?lang=${language}`}
          enctype="multipart/form-data"
        >
          <p>
            <label for="import-file">{words.file}</label>
            <br />
            <input
              id="import-file"
              type="file"
              name="file"
              required
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            />
          </p>
          <p>
            <label>
              <input type="checkbox" name="submit" value="true" /> {words.submit}
            </label>
          </p>
          <p>
            <button type="submit" name="action" value="check">
              {words.check}
            </button>{" "}
            <button type="submit" name="action" value="commit">
              {words.commit}
            </button>
          </p>
        </form>
        {note && <p role="alert">{note}</p>}
        {report && <Report report={report} language={language} />}
      </Page>
    );
  };

  app.get(IMPORT_PAGE_PATH, roles, (c) => c.html(render(pageLanguage(c), c.get("identity"))));

  app.post(IMPORT_PAGE_PATH, roles, async (c) => {
    const language = pageLanguage(c);
    const identity = c.get("identity");
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File) || file.size === 0) {
      return c.html(render(language, identity, undefined, IMPORT_WORDS[language].noFile), 400);
    }
    const report = await importActivities(deps, identity, new Uint8Array(await file.arrayBuffer()), {
      fileName: file.name,
      language,
      commit: form.action === "commit",
      submit: form.submit === "true",
    });
    return c.html(render(language, identity, report), report.problems.length > 0 ? 422 : 200);
  });

  return app;
}
