// The dots that mark the countries the world map is too coarse to show are computed from finer
// outlines than the map's: this test makes the table from world-atlas and compares it with the one
// the pages use, printing the table anew when the atlas changes.
import { geoArea, geoCentroid } from "d3-geo";
import type { Feature, Geometry, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import world10 from "world-atlas/countries-10m.json" with { type: "json" };
import world50 from "world-atlas/countries-50m.json" with { type: "json" };
import { SMALL_COUNTRIES } from "../../../shared/pages/map-dots";
import { drawnAreas, TOO_SMALL_AREA } from "../../../shared/pages/map-outlines";

type Shape = Feature<Geometry, { name: string }>;

function shapes(topology: unknown): Shape[] {
  const world = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return feature(world, world.objects.countries).features as Shape[];
}

/** The centre of a country's largest piece, so that a scattered archipelago gets its dot on land. */
function centre(geometry: Geometry): [number, number] {
  const pieces: Polygon[] =
    geometry.type === "MultiPolygon"
      ? (geometry as MultiPolygon).coordinates.map((coordinates) => ({ type: "Polygon", coordinates }))
      : [geometry as Polygon];
  const largest = pieces.reduce((best, piece) => (geoArea(piece) > geoArea(best) ? piece : best));
  const [longitude, latitude] = geoCentroid(largest);
  return [Math.round(longitude * 100) / 100, Math.round(latitude * 100) / 100];
}

function expectedTable(): Record<string, [number, number]> {
  const drawn = drawnAreas();
  const fine = shapes(world50);
  const finer = shapes(world10).filter((shape) => !fine.some((other) => other.id === shape.id));
  const table: Record<string, [number, number]> = {};
  for (const shape of [...fine, ...finer]) {
    const id = String(shape.id ?? "");
    const area = drawn.get(id);
    if (id === "" || id === "010" || (area !== undefined && area >= TOO_SMALL_AREA)) continue;
    table[id] = centre(shape.geometry);
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
}

describe("the dots of the countries too small for the world map", () => {
  it("are the centres of the countries the map leaves out or draws too small to see", () => {
    const expected = expectedTable();
    expect(SMALL_COUNTRIES, `shared/pages/map-dots.ts should read:\n${JSON.stringify(expected)}`).toEqual(expected);
    // Singapore, Bahrain, Mauritius, Barbados and Malta are not on the 1:110m map at all.
    for (const numeric of ["702", "048", "480", "052", "470"]) expect(SMALL_COUNTRIES[numeric]).toBeDefined();
  });
});
