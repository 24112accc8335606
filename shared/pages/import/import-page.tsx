// The import page (managers and mentors): the templates, a file to check (a dry run that lists every
// problem and what would be written) and to import. The file starts a job, as POST /imports does;
// the job's own page (/app/import/<id>) shows its progress, polled by a small script, then its
// report. Nothing is written while the file has a problem.
//
// Stable hooks for tests: form#import-form (input[name=file], input[name=submit], button[name=action]
// value check|commit), #import-progress[data-status] with its progress bar, #import-report with
// [data-committed], ul#import-problems li, table#import-create.
import { Hono } from "hono";
import type { AppEnv, Deps } from "../../http/context";
import type { Language } from "../../language/languages";
import { problemText } from "../../spreadsheet/rows";
import { type ImportJobView, readImportJob, startImport } from "../../use-cases/import-jobs";
import type { ImportReport } from "../../use-cases/imports";
import { pageFor } from "../guard";
import { pageLanguage } from "../i18n";
import { Page } from "../layout";
import { ManagerStyle } from "../manager/manager-css";
import { ASSETS } from "../mentor/assets";
import { IMPORT_PAGE_PATH } from "./paths";
import { IMPORT_WORDS } from "./words";

/** The job's report; its problems were said in the language the job was started in (`told`). */
function Report({ report, language, told }: { report: ImportReport; language: Language; told: Language }) {
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
          <ul id="import-problems" lang={told === language ? undefined : told}>
            {report.problems.map((problem) => (
              <li>{problemText(problem, told)}</li>
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

/** A job still running: its progress, which the page's script keeps up to date, and a link for a browser without it. */
function Progress({ job, language }: { job: ImportJobView; language: Language }) {
  const words = IMPORT_WORDS[language];
  const writing = job.toWrite > 0;
  const fill = (template: string) =>
    template
      .replace("{rows}", String(job.rows))
      .replace("{written}", String(job.written))
      .replace("{toWrite}", String(job.toWrite));
  return (
    <section
      id="import-progress"
      data-status={job.status}
      data-poll={`/app/api/imports/${job.id}`}
      data-checking={words.checking}
      data-writing={words.writing}
    >
      <h2>{job.file}</h2>
      <p>
        <progress aria-label={words.title} {...(writing && { max: String(job.toWrite), value: String(job.written) })} />
      </p>
      <p data-progress-text aria-live="polite">
        {job.status === "queued" ? words.queued : fill(writing ? words.writing : words.checking)}
      </p>
      <p>
        <a href={`${IMPORT_PAGE_PATH}/${job.id}?lang=${language}`}>{words.refresh}</a>
      </p>
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
        <ManagerStyle />
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
            {/* Beside its words, not alone on a line above them. */}
            <label class="check">
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
        {report && <Report report={report} language={language} told={language} />}
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
    const job = await startImport(deps, identity, new Uint8Array(await file.arrayBuffer()), {
      fileName: file.name,
      language,
      commit: form.action === "commit",
      submit: form.submit === "true",
    });
    return c.redirect(`${IMPORT_PAGE_PATH}/${job.id}?lang=${language}`, 303);
  });

  app.get(`${IMPORT_PAGE_PATH}/:id{[0-9a-f-]{36}}`, roles, async (c) => {
    const language = pageLanguage(c);
    const identity = c.get("identity");
    const words = IMPORT_WORDS[language];
    const job = await readImportJob(deps, identity, c.req.param("id"));
    const running = job.status === "queued" || job.status === "running";
    return c.html(
      <Page
        title={words.title}
        language={language}
        identity={identity}
        path={IMPORT_PAGE_PATH}
        scripts={running ? [ASSETS.importProgress] : []}
      >
        {running && <Progress job={job} language={language} />}
        {job.status === "failed" && <p role="alert">{words.failed(job.error ?? "")}</p>}
        {job.report && <Report report={job.report} language={language} told={job.language} />}
        <p>
          <a href={`${IMPORT_PAGE_PATH}?lang=${language}`}>{words.another}</a>
        </p>
      </Page>,
      job.report && job.report.problems.length > 0 ? 422 : 200,
    );
  });

  return app;
}
