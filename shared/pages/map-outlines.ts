// Every country's outline as an SVG path (world-atlas 1:110m, Equal Earth projection by d3-geo),
// projected once per process. A module of its own, loaded by the first map drawn: the outlines and
// d3-geo are kept out of the code every cold start of the API loads.
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json" with { type: "json" };

export const WIDTH = 960;
export const HEIGHT = 470;
/** Antarctica: no activity there, and a third of the drawing. */
const LEFT_OUT = new Set(["010"]);

export type Outline = { numeric: string; path: string };

let outlines: Outline[] | undefined;

export function worldOutlines(): Outline[] {
  if (outlines) return outlines;
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const shapes = feature(topology, topology.objects.countries).features.filter(
    (shape) => !LEFT_OUT.has(String(shape.id)),
  );
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: "FeatureCollection", features: shapes });
  const path = geoPath(projection).digits(1);
  outlines = shapes.flatMap((shape) => {
    const drawn = path(shape);
    return drawn ? [{ numeric: String(shape.id).padStart(3, "0"), path: drawn }] : [];
  });
  return outlines;
}
