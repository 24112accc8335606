// Reading the activity form as the browser sends it, and answering with the form: for the new
// activity's no-script fallback and for the page that corrects a stored one.
import type { Context } from "hono";
import type { AppEnv } from "../../http/context";
import { donorCatalog } from "../../use-cases/catalog";
import type { UseCaseDeps } from "../../use-cases/context";
import { pageLanguage } from "../i18n";
import { type FormMode, FormPage } from "./form-page";
import type { FormState } from "./form-state";

type FormBody = Record<string, string | File | (string | File)[]>;

/** The form's fields in their order, repeated names (countries, donors) once per value. */
const entriesOf = (body: FormBody): [string, string][] =>
  Object.entries(body).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).flatMap((one) =>
      typeof one === "string" ? [[name, one] as [string, string]] : [],
    ),
  );

/** The body as sent, for its hidden fields, and as the entries formInput reads. */
export async function formBody(c: Context<AppEnv>) {
  const body = await c.req.parseBody({ all: true });
  return { body, entries: entriesOf(body) };
}

export async function renderForm(
  c: Context<AppEnv>,
  deps: UseCaseDeps,
  mode: FormMode,
  state: FormState,
  status: 200 | 400 | 409,
) {
  const donorList = await donorCatalog.all(deps, c.get("identity"));
  const page = (
    <FormPage language={pageLanguage(c)} identity={c.get("identity")} donors={donorList} state={state} mode={mode} />
  );
  return c.html(page, status);
}
