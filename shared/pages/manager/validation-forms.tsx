// The validation queue's forms around its records: the filter (a GET form), the bulk validation
// (a POST form the records' checkboxes belong to through their form attribute) and the pages.
import type { QueueFilter } from "../../domain/activity-search";
import type { Language } from "../../language/languages";
import { countryOptions, kindOptions, type Option } from "../mentor/options";
import { QUEUE_WORDS } from "./queue-words";

export const BULK_FORM_ID = "bulk-validate";
const QUEUE_PATH = "/app/validation";

function Select(props: { name: string; label: string; options: Option[]; selected?: string; any: string }) {
  const id = `queue-${props.name}`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name}>
        <option value="">{props.any}</option>
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === props.selected}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function QueueFilters(props: { filter: QueueFilter; language: Language; mentors: Option[] }) {
  const { filter, language } = props;
  const w = QUEUE_WORDS[language];
  const now = new Date().getUTCFullYear() + 1;
  const years = Array.from({ length: now - 2019 + 1 }, (_, index) => String(now - index)).map((year) => ({
    value: year,
    label: year,
  }));
  return (
    <form method="get" action={QUEUE_PATH} id="queue-filters" class="no-print">
      <fieldset>
        <legend>{w.filters}</legend>
        <div class="filters">
          <Select name="year" label={w.year} options={years} selected={filter.year?.toString()} any={w.any} />
          <Select
            name="country"
            label={w.country}
            options={countryOptions(language)}
            selected={filter.country}
            any={w.any}
          />
          <Select name="mentor" label={w.mentor} options={props.mentors} selected={filter.mentor} any={w.any} />
          <Select name="kind" label={w.kind} options={kindOptions(language)} selected={filter.kind} any={w.any} />
        </div>
        <p class="actions">
          <button type="submit">{w.apply}</button> <a href={QUEUE_PATH}>{w.clear}</a>
        </p>
      </fieldset>
    </form>
  );
}

/** The checkbox a record of the queue carries: its id and the version the manager saw. */
export function BulkTick(props: { id: string; version: number; title: string; language: Language }) {
  const w = QUEUE_WORDS[props.language];
  const inputId = `tick-${props.id}`;
  return (
    <p class="tick no-print">
      <input type="checkbox" id={inputId} name="item" value={`${props.id}:${props.version}`} form={BULK_FORM_ID} />{" "}
      <label for={inputId} class="inline">
        {w.tick}
        <span class="vh">: {props.title}</span>
      </label>
    </p>
  );
}

export function BulkForm(props: { filter: QueueFilter; language: Language }) {
  const w = QUEUE_WORDS[props.language];
  const { year, country, mentor, kind } = props.filter;
  const kept = { year: year?.toString(), country, mentor, kind };
  return (
    <form method="post" action={`${QUEUE_PATH}/bulk`} id={BULK_FORM_ID} class="no-print">
      <fieldset>
        <legend>{w.bulkLegend}</legend>
        <p class="hint">{w.bulkHint}</p>
        {Object.entries(kept).map(([name, value]) => value && <input type="hidden" name={name} value={value} />)}
        <button type="submit">{w.bulkButton}</button>
      </fieldset>
    </form>
  );
}

export function QueuePages(props: { page: number; pages: number; href: (page: number) => string; language: Language }) {
  const { page, pages, href } = props;
  if (pages < 2) return null;
  const w = QUEUE_WORDS[props.language];
  return (
    <nav class="no-print pages" aria-label={w.pages}>
      {page > 1 && <a href={href(page - 1)}>{w.previous}</a>}
      <span>{w.pageOf(page, pages)}</span>
      {page < pages && <a href={href(page + 1)}>{w.next}</a>}
    </nav>
  );
}
