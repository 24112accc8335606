// A choropleth map of the countries, drawn on the server as SVG from Natural Earth's outlines
// (world-atlas, 1:110m) in the Equal Earth projection (d3-geo): each country of a measure is shaded
// by the class its figure falls in, classes being the quantiles of the figures (d3-scale), so that a
// country with a hundred times the others does not wash the rest out. The table beside it gives
// every figure; a country too small to draw at this scale (Singapore, Bahrain, Barbados…) is a dot
// at its centre, taken from finer outlines (map-dots.ts), so that every country of the table is on the map.
import { scaleQuantile } from "d3-scale";
import { schemeBlues } from "d3-scale-chromatic";
import countries from "i18n-iso-countries/index";
import type { Qualified } from "../domain/qualifiers";
import { countryPhrase } from "../language/country-phrases";
import type { Language } from "../language/languages";
import { formatNumber, formatQualified } from "../language/numbers";
import { languageTable } from "../language/tables";

const CLASSES = 5;
/** The dots' radius, in units of the drawing: about 2 px on a phone, 6 on a desktop. */
const DOT_RADIUS = 4.5;

/** The shades of the classes, lightest first: ColorBrewer's Blues, as d3-scale-chromatic gives them. */
export const MAP_SHADES: readonly string[] = schemeBlues[CLASSES] ?? [];

export type MapWords = {
  /** Under the classes: named countries none of whose people are attributed to them alone. */
  namedOnly: string;
  /** Countries the measure does not name. */
  none: string;
  legend: string;
  smallCountries: string;
};

/** One class of the legend: its shade and the figures it holds ("1,054 to 1,817"). */
type LegendRow = { shade: string; label: string };

export async function ChoroplethMap({
  id,
  title,
  values,
  named,
  language,
  words,
}: {
  id: string;
  title: string;
  /** Each country's figure (ISO 3166-1 alpha-3), where the records attribute one to it. */
  values: ReadonlyMap<string, Qualified>;
  /** The countries the measure names, with or without a figure of their own. */
  named: readonly string[];
  language: Language;
  words: MapWords;
}) {
  const { worldDrawing, WIDTH, HEIGHT } = await import("./map-outlines");
  const { outlines, dots } = worldDrawing();
  const figures = [...values.values()].map((value) => value.value).filter((value) => value > 0);
  const scale = scaleQuantile<number>()
    .domain(figures)
    .range(Array.from({ length: Math.min(CLASSES, Math.max(1, new Set(figures).size)) }, (_, index) => index));
  const classes = scale.range();
  // With fewer classes than shades, the darkest ones are used, so that every class stands out.
  const shadeOf = (index: number) => MAP_SHADES[CLASSES - classes.length + index] ?? "";
  const byNumeric = new Map<string, { iso3: string; value?: Qualified }>();
  for (const iso3 of named) {
    const numeric = countries.alpha3ToNumeric(iso3);
    if (numeric) byNumeric.set(numeric, { iso3, value: values.get(iso3) });
  }
  // The hatching is the map's own: two maps on a page must not share an id.
  const hatchId = `${id}-named-only`;
  /** How a named country is drawn, outline or dot: its class of figure, or hatched where none is its own. */
  const lookOf = (country: { iso3: string; value?: Qualified }) => {
    const value = country.value;
    const shaded = value !== undefined && value.value > 0;
    const said = shaded ? formatQualified(value, language) : words.namedOnly;
    return {
      className: shaded ? "shaded" : "named",
      fill: shaded ? shadeOf(scale(value.value)) : `url(#${hatchId})`,
      title: `${countryPhrase(country.iso3, language, "name")}${languageTable(language).colon}${said}`,
    };
  };
  const legend: LegendRow[] = figures.length
    ? classes.map((index) => {
        const [low = 0, high = 0] = scale.invertExtent(index);
        const inClass = figures.filter((value) => value >= low && (index === classes.length - 1 || value < high));
        const from = Math.min(...inClass);
        const to = Math.max(...inClass);
        const label =
          inClass.length === 0
            ? "—"
            : from === to
              ? formatNumber(from, language)
              : `${formatNumber(from, language)}–${formatNumber(to, language)}`;
        return { shade: shadeOf(index), label };
      })
    : [];
  return (
    <figure class="map" id={id}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>{title}</title>
        {outlines.map(({ numeric, path }) => {
          const country = byNumeric.get(numeric);
          const look = country && lookOf(country);
          return (
            <path d={path} class={look?.className ?? "land"} fill={look?.fill}>
              {look && <title>{look.title}</title>}
            </path>
          );
        })}
        {/* Drawn last, so that no outline covers them. */}
        {[...byNumeric].flatMap(([numeric, country]) => {
          const dot = dots.get(numeric);
          if (!dot) return [];
          const look = lookOf(country);
          return [
            <circle cx={dot[0]} cy={dot[1]} r={DOT_RADIUS} class={`dot ${look.className}`} fill={look.fill}>
              <title>{look.title}</title>
            </circle>,
          ];
        })}
        <defs>
          <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#e8eef5" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#6b8fb3" stroke-width="2" />
          </pattern>
        </defs>
      </svg>
      <figcaption>
        <p class="legend-title">{words.legend}</p>
        <ul class="legend">
          {legend.map((row) => (
            <li>
              <svg width="16" height="16" aria-hidden="true">
                <rect width="16" height="16" fill={row.shade} stroke="#767676" />
              </svg>{" "}
              {row.label}
            </li>
          ))}
          <li>
            <svg width="16" height="16" aria-hidden="true">
              <rect width="16" height="16" fill="#e8eef5" stroke="#767676" />
              <line x1="4" y1="16" x2="16" y2="4" stroke="#6b8fb3" stroke-width="2" />
            </svg>{" "}
            {words.namedOnly}
          </li>
          <li>
            <svg width="16" height="16" aria-hidden="true">
              <rect width="16" height="16" fill="#f2f2f2" stroke="#767676" />
            </svg>{" "}
            {words.none}
          </li>
        </ul>
        <p class="hint">{words.smallCountries}</p>
      </figcaption>
    </figure>
  );
}
