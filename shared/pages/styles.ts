// The pages' one stylesheet: readable on a phone, printable, high contrast, no framework.
export const APP_CSS = `
*,*::before,*::after{box-sizing:border-box}
:root{--ink:#1b1b1b;--muted:#4a4a4a;--line:#c9c9c9;--accent:#0b4f8a;--accent-ink:#fff;--bad:#a4161a;--ok:#1d6b36;--bg:#fff;--soft:#f3f5f8}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--accent)}
.skip{position:absolute;left:-999px;top:0;background:var(--accent);color:var(--accent-ink);padding:.5rem}
.skip:focus{left:0}
.bar{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;padding:.75rem 1rem;background:var(--soft);border-bottom:1px solid var(--line)}
.product{margin:0;font-weight:600}
.product-short{display:none}
.language-code{display:none}
.bar nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
.bar .menu{display:none}
.bar nav a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
.account{margin-left:auto;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
.account form{display:inline}
main{max-width:70rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0 1rem}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
button,.button{font:inherit;padding:.5rem 1rem;border:1px solid var(--accent);background:var(--accent);color:var(--accent-ink);border-radius:4px;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary,.button.secondary{background:var(--bg);color:var(--accent)}
label{display:block;font-weight:600;margin-top:.75rem}
input,select,textarea{font:inherit;width:100%;max-width:40rem;padding:.4rem;border:1px solid #767676;border-radius:4px;background:#fff;color:var(--ink)}
fieldset{border:1px solid var(--line);border-radius:4px;margin:1rem 0;padding:.5rem 1rem}
legend{font-weight:700}
.hint{color:var(--muted);font-size:.9rem;margin:.1rem 0}
.error{color:var(--bad);font-weight:600;margin:.25rem 0}
[aria-invalid=true]{border-color:var(--bad);border-width:2px}
.notice{border-left:4px solid var(--accent);background:var(--soft);padding:.5rem 1rem;margin:1rem 0}
.notice.bad{border-color:var(--bad)}
.notice.ok{border-color:var(--ok)}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:700;padding:.25rem 0}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.table-wrap{overflow-x:auto}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.75rem;margin:1rem 0}
.card{border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem}
.card .figure{font-size:1.8rem;font-weight:700;margin:0}
.chart text{font:12px system-ui,sans-serif;fill:var(--ink)}
.chart rect.bar{fill:var(--accent)}
.chart rect.bar.alt{fill:#6b8fb3}
.users{display:grid;gap:.5rem;max-width:30rem}
.users button{width:100%;text-align:left}
@media (max-width:40rem){
.bar{display:grid;grid-template-columns:minmax(0,1fr) auto;gap:.25rem .75rem;padding:.4rem .75rem}
.product{grid-row:1;grid-column:1;line-height:1.2;font-size:.9rem;overflow-wrap:break-word}
.product-long{display:none}.product-short{display:inline}
.account{grid-row:1;grid-column:2;margin-left:0;flex-wrap:nowrap;gap:.75rem}
.account button{padding:.2rem .6rem}
.who,.language-name{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.language-code{display:inline}
.bar nav{grid-row:2;grid-column:1/-1;min-width:0}
.bar nav ul{gap:.25rem 1.25rem}
.bar .many>ul{display:none}
.bar .many .menu{display:block}
.menu summary{padding:.3rem .6rem;border:1px solid;border-radius:4px;color:var(--accent)}
.menu ul{flex-direction:column;gap:0}
.menu a{display:block;padding:.5rem 0;border-bottom:1px solid var(--line)}
main{padding:.75rem}
h1{font-size:1.35rem;margin:.25rem 0 .75rem}
}
@media print{.bar,.skip,button,.no-print{display:none!important}main{max-width:none;padding:0}a{color:inherit;text-decoration:none}.chart rect.bar{fill:#555}.chart rect.bar.alt{fill:#aaa}}
`;
