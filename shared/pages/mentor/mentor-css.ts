// The mentor pages' own style, on top of app.css: checkbox lists, field grids, status colours
// that always come with words. A file rather than a <style> element, so a strict CSP can stay.
export const MENTOR_CSS = `
.field{margin-bottom:.25rem}
.req{font-weight:400;color:var(--muted)}
.pair,.grid{display:grid;gap:0 1rem;max-width:40rem}
.pair{grid-template-columns:repeat(auto-fit,minmax(12rem,1fr))}
.grid{grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));max-width:none}
.grid label{font-weight:400}
.checks{max-height:18rem;overflow-y:auto;border:1px solid var(--line);border-radius:4px;padding:.25rem .75rem;max-width:40rem}
.checks label{display:flex;gap:.6rem;align-items:center;font-weight:400;margin:0;padding:.35rem 0;min-height:2.75rem}
.checks label[hidden],.country-part[hidden]{display:none}
.checks input{flex:none;width:1.25rem;height:1.25rem;margin:0}
#activity-form fieldset{min-width:0}
fieldset fieldset{margin:.75rem 0}
.hint code{overflow-wrap:anywhere}
.rule{font-weight:600;margin:.25rem 0 .5rem}
#form-errors:focus,#form-success:focus{outline:3px solid var(--accent);outline-offset:2px}
#outbox h2{font-size:1.1rem}
#outbox ul ul{font-size:.95rem;color:var(--bad)}
#outbox button{margin:.25rem 0}
.vh{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.returned{border-left:4px solid var(--bad);padding-left:.5rem;margin:.25rem 0}
.actions form{margin:0}
.actions .button{margin-bottom:.25rem}
dl.record{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem}
dl.record dt{font-weight:600}
dl.record dd{margin:0}
@media (max-width:40rem){#activity-form fieldset{padding:.25rem .5rem}dl.record{grid-template-columns:1fr}dl.record dd{margin-bottom:.5rem}}
`;
