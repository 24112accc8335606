import { activityCells, sumCells } from "../../shared/domain/aggregates";
import { buildReport } from "../../shared/report/build-report";
import { renderReport } from "../../shared/report/render";
import { syntheticActivity } from "./dataset";

const n = Number(process.argv[2] ?? 10000);
const formats = (process.argv[3] ?? "html,json,md,docx").split(",");
const activities = Array.from({ length: n }, (_, i) => syntheticActivity(2100, i));
const totals = sumCells(...activities.map(activityCells));
const input = {
  year: 2100,
  language: "fr" as const,
  preview: false,
  activities,
  labs: [],
  totals,
  publishedFigures: [],
  generatedAt: new Date().toISOString(),
};
for (let r = 0; r < 2; r++) {
  let t = performance.now();
  const model = buildReport(input as never);
  console.log("build", Math.round(performance.now() - t));
  for (const f of formats) {
    t = performance.now();
    const out = await renderReport(model, f as never);
    console.log(f, Math.round(performance.now() - t), Buffer.byteLength(out.body));
  }
}
console.log("rss", process.resourceUsage().maxRSS / 1024);
{
  const model = buildReport(input as never);
  const paras = model.sections.flatMap((s) => [...s.paragraphs, ...s.subsections.flatMap((x) => x.paragraphs)]);
  console.log(
    "paragraphs",
    paras.length,
    "inlines",
    paras.reduce((a, p) => a + p.content.length, 0),
    "chars",
    paras.reduce((a, p) => a + p.content.reduce((b, i) => b + (i.text?.length ?? 0), 0), 0),
  );
  console.log(JSON.stringify(paras[5]).slice(0, 1500));
}
