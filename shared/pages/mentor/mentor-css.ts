// The mentor pages' own style, on top of app.css: checkbox lists, field grids, status colours
// that always come with words. A file rather than a <style> element, so a strict CSP can stay.
export const MENTOR_CSS = `
.field{margin-bottom:.25rem}
.req{font-weight:400;color:var(--muted)}
.pair,.grid{display:grid;gap:0 1rem;max-width:40rem}
.pair{grid-template-columns:repeat(auto-fit,minmax(12rem,1fr))}
.grid{grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));max-width:none}
.grid label{font-weight:400}
.checks{max-width:40rem}
.checks label{display:flex;gap:.6rem;align-items:center;font-weight:400;margin:0;padding:.35rem 0;min-height:2.75rem}
.checks label[hidden],.country-part[hidden]{display:none}
.checks input{flex:none;width:1.25rem;height:1.25rem;margin:0}
#activity-form fieldset{min-width:0}
fieldset fieldset{margin:.75rem 0}
.hint code{overflow-wrap:anywhere}
.rule{margin:.25rem 0 .5rem}
#form-errors:focus,#form-success:focus{outline:3px solid var(--accent);outline-offset:2px}
#outbox h2{font-size:1.1rem}
#outbox ul ul{font-size:.95rem;color:var(--bad)}
#outbox button{margin:.25rem 0}
.vh{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.returned{border-left:4px solid var(--bad);padding-left:.5rem;margin:.25rem 0}
.records{list-style:none;padding:0;margin:0;display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,22rem),1fr))}
.record-card{border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;min-width:0}
.record-card h3{font-size:1.05rem;margin:0 0 .25rem;overflow-wrap:anywhere}
.meta{color:var(--muted);margin:0}
.status{display:inline-block;font-weight:600;padding:0 .6rem;border:1px solid;border-radius:1rem;margin:.4rem 0 0}
.status-draft{color:var(--muted)}.status-submitted{color:var(--accent)}.status-validated{color:var(--ok)}.status-returned{color:var(--bad)}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-top:.6rem}
.actions form{margin:0}
details.step{border:1px solid var(--line);border-radius:6px;margin:.75rem 0;max-width:48rem}
details.step>summary{cursor:pointer;padding:.6rem .75rem;font-weight:700;min-height:2.75rem}
details.step[open]>summary{border-bottom:1px solid var(--line)}
.step-summary{display:block;font-weight:400;font-size:.9rem;color:var(--muted);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
details.step[open] .step-summary{display:none}
details.step>fieldset{border:0;margin:0;padding:0 .75rem .75rem}
details.sub{margin:.75rem 0}
details.sub>summary{cursor:pointer;font-weight:600;padding:.5rem 0;min-height:2.75rem}
.parts-grid{grid-template-columns:repeat(auto-fill,minmax(min(100%,9rem),1fr))}
.parts-grid .field{display:flex;flex-direction:column;justify-content:flex-end}
dl.codes{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2rem 1rem;margin:.5rem 0}
dl.codes dd{margin:0}
code{overflow-wrap:anywhere}
.savebar{position:sticky;bottom:0;z-index:1;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding:.6rem 0;margin-top:1rem;background:var(--bg);border-top:1px solid var(--line)}
#form-review{width:min(40rem,calc(100vw - 1rem));max-width:none;border:1px solid var(--line);border-radius:6px;padding:0 1rem}
#form-review::backdrop{background:rgb(0 0 0 / 40%)}
#form-review h3{font-size:1rem;margin:1rem 0 .25rem}
#review-body dl{display:grid;grid-template-columns:minmax(0,max-content) minmax(0,1fr);gap:.15rem 1rem;margin:0}
#review-body dt{font-weight:600}
#review-body dd{margin:0;overflow-wrap:anywhere}
.review-actions{position:sticky;bottom:0;display:flex;flex-wrap:wrap;gap:.5rem;padding:.75rem 0;margin:0;background:var(--bg)}
dl.record{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem}
dl.record dt{font-weight:600}
dl.record dd{margin:0}
@media (max-width:40rem){#activity-form fieldset{padding:.25rem .5rem}details.step>fieldset{padding:0 .5rem .5rem}dl.record,dl.codes,#review-body dl{grid-template-columns:1fr}dl.record dd,dl.codes dd,#review-body dd{margin-bottom:.5rem}}
`;
