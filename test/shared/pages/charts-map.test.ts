import { describe, expect, it } from "vitest";
import { BarChart, barScale } from "../../../shared/pages/charts";
import { ChoroplethMap, MAP_SHADES } from "../../../shared/pages/map";
import { MAP_WORDS } from "../../../shared/pages/map-words";

const render = (node: unknown) => String(node);

describe("bars readable when one is a hundred times the others", () => {
  it("scales to the next largest and cuts the outlier, only when it is more than five times it", () => {
    expect(barScale([100, 50, 10])).toEqual({ full: 100, cut: false });
    expect(barScale([10_000, 100, 50]).cut).toBe(true);
    // The next largest ends three quarters along; the others keep their proportions.
    expect(100 / barScale([10_000, 100, 50]).full).toBeCloseTo(0.75);
    expect(barScale([10_000]).cut).toBe(false);
  });

  it("draws the cut bar with a gap and says so under the chart, its figure written out", async () => {
    const html = render(
      await BarChart({
        id: "c",
        title: "People reached",
        rows: [
          { label: "Campaign", value: 25_000 },
          { label: "Training", value: 250 },
          { label: "Workshop", value: 120 },
        ],
        language: "en",
      }),
    );
    expect(html.match(/class="cut"/g)).toHaveLength(1);
    expect(html).toContain("25,000");
    const [campaign = 0, training = 0, workshop = 0] = [
      ...html.matchAll(/class="bar" x="0" y="\d+" width="([\d.]+)%"/g),
    ].map((match) => Number(match[1]));
    expect(training / campaign).toBeCloseTo(0.75, 2);
    expect(workshop / training).toBeCloseTo(120 / 250, 2);
    expect(html).toContain("A bar with a gap is cut short");
  });
});

describe("the countries' map", () => {
  const map = async (language: "en" | "fr") =>
    render(
      await ChoroplethMap({
        id: "m",
        title: "Practitioners by country",
        values: new Map([
          ["KEN", { value: 1000, qualifier: "exact" as const }],
          ["UGA", { value: 10, qualifier: "approximately" as const }],
          ["SEN", { value: 12, qualifier: "exact" as const }],
        ]),
        named: ["KEN", "UGA", "SEN", "GHA"],
        language,
        words: MAP_WORDS[language],
      }),
    );

  it("shades each country by its class, marks those named without a figure, and names them in the page's language", async () => {
    const html = await map("fr");
    expect(html).toContain('role="img"');
    expect(html).toMatch(/<path d="[^"]+" class="shaded" fill="#[0-9a-f]{6}"><title>Kenya\s:\s1\s000<\/title>/);
    expect(html).toMatch(/<title>Ouganda\s:\senviron\s10<\/title>/);
    expect(html).toMatch(/class="named" fill="url\(#m-named-only\)"><title>Ghana\s:\snommé/);
    // The outlier has the darkest shade, and the two small ones lighter ones of their own.
    expect(html).toContain(`fill="${MAP_SHADES.at(-1)}"><title>Kenya`);
    expect(html).not.toContain(`fill="${MAP_SHADES.at(-1)}"><title>Ouganda`);
    // Every other country is drawn, unshaded.
    expect((html.match(/class="land"/g) ?? []).length).toBeGreaterThan(150);
  });

  it("gives each map its own hatching, so that two maps on a page share no id", async () => {
    const two = async (id: string) =>
      render(
        await ChoroplethMap({
          id,
          title: "Practitioners by country",
          values: new Map([["KEN", { value: 10, qualifier: "exact" as const }]]),
          named: ["KEN", "GHA"],
          language: "en",
          words: MAP_WORDS.en,
        }),
      );
    const page = (await two("map-a")) + (await two("map-b"));
    const ids = [...page.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(page).toContain('fill="url(#map-b-named-only)"');
  });

  it("marks with a dot, at its figure, a country too small for the map's outlines", async () => {
    const html = render(
      await ChoroplethMap({
        id: "m",
        title: "Practitioners by country",
        values: new Map([
          ["SGP", { value: 30, qualifier: "exact" as const }],
          ["KEN", { value: 10, qualifier: "exact" as const }],
        ]),
        named: ["SGP", "KEN", "BRB", "LUX"],
        language: "es",
        words: MAP_WORDS.es,
      }),
    );
    // Singapore and Barbados have no outline at 1:110m; Luxembourg has one too small to see.
    expect(html).toMatch(
      /<circle cx="[\d.]+" cy="[\d.]+" r="[\d.]+" class="dot shaded" fill="#[0-9a-f]{6}"><title>Singapur: 30<\/title>/,
    );
    expect(html).toMatch(/class="dot named" fill="url\(#m-named-only\)"><title>Barbados: nombrado/);
    expect(html).toMatch(/class="dot named"[^>]*><title>Luxemburgo/);
    expect(html).not.toMatch(/class="dot[^"]*"[^>]*><title>Kenya/);
    expect((html.match(/<circle /g) ?? []).length).toBe(3);
    expect(html).toContain("Un punto señala");
  });

  it("gives a legend of the classes with the figures each holds", async () => {
    const html = await map("en");
    expect(html).toContain("1,000");
    expect(html).toContain("named, none attributed to it alone");
    expect(html).toContain("not named");
  });
});
