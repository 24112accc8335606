// Every country's outline as an SVG path (world-atlas 1:110m, Equal Earth projection by d3-geo),
// and a dot for each country too small to see at this scale (map-dots.ts), projected once per
// process. A module of its own, loaded by the first map drawn: the outlines and d3-geo are kept out
// of the code every cold start of the API loads.
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json" with { type: "json" };
import { SMALL_COUNTRIES } from "./map-dots";

export const WIDTH = 960;
export const HEIGHT = 470;
/** Antarctica: no activity there, and a third of the drawing. */
const LEFT_OUT = new Set(["010"]);

/** Below this many square units of the drawing (960 wide), a country is marked by a dot as well. */
export const TOO_SMALL_AREA = 10;

export type Outline = { numeric: string; path: string; area: number };
/** `dots`: where each small country's dot goes on the drawing, by ISO numeric code. */
export type WorldDrawing = { outlines: Outline[]; dots: ReadonlyMap<string, readonly [number, number]> };

let drawing: WorldDrawing | undefined;

export function worldDrawing(): WorldDrawing {
  if (drawing) return drawing;
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const shapes = feature(topology, topology.objects.countries).features.filter(
    (shape) => !LEFT_OUT.has(String(shape.id)),
  );
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: "FeatureCollection", features: shapes });
  const path = geoPath(projection).digits(1);
  const outlines = shapes.flatMap((shape) => {
    const drawn = path(shape);
    return drawn ? [{ numeric: String(shape.id).padStart(3, "0"), path: drawn, area: path.area(shape) }] : [];
  });
  const dots = new Map<string, readonly [number, number]>();
  for (const [numeric, [longitude, latitude]] of Object.entries(SMALL_COUNTRIES)) {
    const point = projection([longitude, latitude]);
    if (point) dots.set(numeric, [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10]);
  }
  drawing = { outlines, dots };
  return drawing;
}

/** Each drawn country's area on the map, by ISO numeric code: what map-dots.ts is made from. */
export function drawnAreas(): Map<string, number> {
  return new Map(worldDrawing().outlines.map(({ numeric, area }) => [numeric, area]));
}
