// The manager's and donor's pages' own style, on top of app.css: served as a file rather than
// inline, so that a strict Content-Security-Policy (style-src 'self') can stay.
import { createHash } from "node:crypto";
import { Hono } from "hono";
import type { AppEnv } from "../../http/context";

// app.css hides ".bar" in print (the header bar), which would also hide the charts' bars: they are
// brought back here, as a chart must read on paper.
const CSS = `
.year-select{width:auto;max-width:100%}
label.check{display:flex;gap:.5rem;align-items:center;font-weight:400}
.cards{grid-template-columns:repeat(auto-fit,minmax(11rem,1fr))}
.card .figure .qualifier{font-size:1rem;font-weight:600}
.card .official{font-size:.9rem;margin:.4rem 0 0;padding-top:.4rem;border-top:1px solid var(--line)}
tr.total th,tr.total td{font-weight:700;border-top:2px solid var(--line)}
tr.remainder th{font-weight:400;font-style:italic}
label.check input{width:auto;flex:none}
ol.records{list-style:none;padding:0;display:grid;gap:1rem}
ol.records blockquote{margin:.25rem 0 .75rem;padding-left:1rem;border-left:3px solid var(--line)}
ol.records dl{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.15rem 1rem;margin:.5rem 0}
ol.records dt{font-weight:600}
ol.records dd{margin:0}
@media (max-width:40rem){ol.records dl{grid-template-columns:1fr}ol.records dd{margin-bottom:.35rem}}
@media print{.chart rect.bar{display:inline!important}}
.vh{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
label.inline{display:inline;font-weight:400;margin:0}
.tick input{width:auto;transform:scale(1.3);margin-right:.4rem}
.fields{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:0 1rem}
.fields .wide{grid-column:1/-1}
.checks{max-width:40rem}
.checks label{display:flex;gap:.6rem;align-items:center;font-weight:400;margin:0;padding:.35rem 0;min-height:2.75rem}
.checks label[hidden]{display:none}
.checks input{flex:none;width:1.25rem;height:1.25rem;margin:0}
ul.kinds{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:1rem}
.inline-form select{width:auto}
.chart rect.cut{fill:#fff}
#years-people-table td.num{white-space:nowrap}
.map{margin:0}
.map>svg{width:100%;height:auto;display:block;background:#fff}
.map path{stroke:#fff;stroke-width:.6}
.map path.land{fill:#f2f2f2}
.map circle.dot{stroke:#1b1b1b;stroke-width:1}
.legend{list-style:none;padding:0;margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.9rem}
.legend svg{vertical-align:-3px}
.legend-title{font-size:.9rem;margin:.5rem 0 0}
.map-with-table{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem;align-items:start}
@media (max-width:56rem){.map-with-table{grid-template-columns:minmax(0,1fr)}}
.filters{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:0 1rem}
.filters select{max-width:100%}
.actions{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
ol.records h2,ol.records h3{margin:0 0 .25rem;overflow-wrap:anywhere}
ol.records h3{font-size:1.1rem}
ol.records .card p{margin:.35rem 0}
main h1,main code{overflow-wrap:anywhere}
ol.records .card{min-width:0}
.status{display:inline-block;border:1px solid currentColor;border-radius:3px;padding:0 .4em;font-size:.9rem;font-weight:600}
.status-returned{color:var(--bad)}
.status-validated{color:var(--ok)}
nav.pages{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;margin:1rem 0}
table.changes{table-layout:fixed}
table.changes{font-size:.9rem}
table.changes th,table.changes td{overflow-wrap:break-word;white-space:pre-line}
table.changes th[scope=row]{width:28%}
th.level-1{padding-left:1.75rem}
th.level-2{padding-left:3rem}
th.level-3{padding-left:4.25rem}
#report-body{font:17px/1.55 Georgia,"Times New Roman",serif;max-width:44rem}
#report-body h3 .num,#report-body h4 .num{display:inline-block;min-width:2.2rem}
#report-body .para{display:grid;grid-template-columns:2.5rem 1fr;margin:.7rem 0}
#report-body .para .num{font-variant-numeric:tabular-nums}
#report-body .unvalidated{background:#fff8ec;box-shadow:-.5rem 0 0 #fff8ec,-.75rem 0 0 #8a4500}
#report-body .badge{display:inline-block;font:600 .75rem/1.5 system-ui,sans-serif;color:#8a4500;border:1px solid currentColor;border-radius:3px;padding:0 .35em;white-space:nowrap}
#report-body a.figure{font-weight:600;text-decoration:underline dotted;text-underline-offset:.18em}
#report-body :target{background:#fff3bf}
#report-body .n{text-align:right;white-space:nowrap}
#report-body .source{display:block;font-size:.8em;color:#555;white-space:normal}
#report-body .figure-sources{padding-left:0;list-style:none}
#report-body .figure-sources>li{border-top:1px solid #ddd;padding:.25rem 0}
#report-body .where,#report-body .kind,#report-body .status{color:#555}
@media (max-width:30rem){#report-body{font-size:16px}#report-body .para{grid-template-columns:2.1rem 1fr}}
@media print{#report-body a.figure::after{content:"[" attr(data-figure) "]";font-size:.7em;vertical-align:super;font-weight:normal}#report-body .unvalidated{background:none;box-shadow:none}#report-body .badge{color:#000;border-color:#000}}
`;

const PATH = "/assets/manager.css";
/** The address names the content, so browsers may keep it for good; a new style gets a new address. */
const URL_OF_CSS = `${PATH}?v=${createHash("sha256").update(CSS).digest("hex").slice(0, 12)}`;

/** The link to put in a page's body (the layout's head takes scripts only). */
export const ManagerStyle = () => <link rel="stylesheet" href={URL_OF_CSS} />;

export function managerStyleRoute() {
  const app = new Hono<AppEnv>();
  app.get(PATH, (c) => {
    const versioned = c.req.url.endsWith(URL_OF_CSS);
    const cache = versioned ? "public, max-age=31536000, immutable" : "no-cache";
    return c.body(CSS, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": cache });
  });
  return app;
}
