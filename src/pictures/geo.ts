/**
 * Country shapes (Natural Earth via world-atlas) projected once into SVG path strings for the two
 * views the map uses: a Europe-centred panel (1:50m shapes) and a world inset (1:110m). Projection is
 * the costly part, so it runs once per process; a render only picks colours.
 *
 * Natural Earth's default shapes put Crimea inside Russia. Ukraine is drawn in its internationally
 * recognised borders (UN General Assembly resolution 68/262): the Crimean polygon is moved from
 * Russia's geometry to Ukraine's and the two are merged, so no border is drawn across the Perekop.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type GeoPermissibleObjects, type GeoProjection, geoAzimuthalEqualArea, geoContains, geoNaturalEarth1, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import type { Feature, Geometry } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

export interface CountryShape {
  /** ISO 3166-1 alpha-2 ('XK' for Kosovo), or '' where the shape has no code. */
  code: string;
  d: string;
  /** Projected area in px² and centroid, to put a marker on countries too small to see. */
  area: number;
  centroid: [number, number];
}

export interface View {
  shapes: CountryShape[];
  /** The outline of the projected globe (the sea), where the projection has one. */
  sphere: string;
  project(lonLat: [number, number]): [number, number] | null;
}

const NAMED_CODES: Record<string, string> = { Kosovo: 'XK' };
const UKRAINE = '804';
const RUSSIA = '643';
const SIMFEROPOL: [number, number] = [34.1, 44.95];

function loadTopology(file: 'countries-50m.json' | 'countries-110m.json'): Topology<{ countries: GeometryCollection<{ name: string }> }> {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8'));
}

/**
 * Moves Crimea from Russia's geometry into Ukraine's and returns Ukraine's shape with the line
 * between them dissolved (undefined if the data has no such polygon: then nothing is changed).
 */
function recogniseUkraine(topology: Topology<{ countries: GeometryCollection<{ name: string }> }>): Geometry | undefined {
  const geoms = topology.objects.countries.geometries;
  const ru = geoms.find((g) => g.id === RUSSIA);
  const ua = geoms.find((g) => g.id === UKRAINE);
  if (!ru || ru.type !== 'MultiPolygon' || !ua || (ua.type !== 'Polygon' && ua.type !== 'MultiPolygon')) return undefined;
  const crimea = ru.arcs.findIndex((polygon) => geoContains(feature(topology, { type: 'Polygon', arcs: polygon } as Polygon), SIMFEROPOL));
  if (crimea < 0) return undefined;
  const [moved] = ru.arcs.splice(crimea, 1);
  const uaPolygons = ua.type === 'Polygon' ? [ua.arcs] : ua.arcs;
  return merge(topology, [{ type: 'MultiPolygon', arcs: [...uaPolygons, moved!] } as MultiPolygon]);
}

export function countryFeatures(file: 'countries-50m.json' | 'countries-110m.json'): Array<Feature<Geometry, { name: string }> & { code: string }> {
  const topology = loadTopology(file);
  const ukraine = recogniseUkraine(topology);
  const fc = feature(topology, topology.objects.countries);
  return fc.features.map((f) => {
    const id = f.id === undefined ? undefined : String(f.id);
    const code = id ? (countries.numericToAlpha2(id) ?? '') : (NAMED_CODES[f.properties.name] ?? '');
    return { ...f, geometry: id === UKRAINE && ukraine ? ukraine : f.geometry, code };
  });
}

function buildView(file: 'countries-50m.json' | 'countries-110m.json', projection: GeoProjection, withSphere: boolean): View {
  const path = geoPath(projection).digits(1);
  const shapes: CountryShape[] = [];
  for (const f of countryFeatures(file)) {
    if (f.properties.name === 'Antarctica') continue;
    const d = path(f);
    if (!d) continue;
    const c = path.centroid(f);
    shapes.push({ code: f.code, d, area: path.area(f), centroid: [c[0], c[1]] });
  }
  return {
    shapes,
    sphere: withSphere ? (path({ type: 'Sphere' } as GeoPermissibleObjects) ?? '') : '',
    project: (p) => projection(p) ?? null,
  };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Europe from Iceland to the Caucasus and from the North Cape to Cyprus, centred near Kyiv's longitude. */
const EUROPE_EXTENT: Feature = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'MultiPoint',
    coordinates: [
      [-24, 63],
      [-10, 36],
      [34, 34.5],
      [44, 40],
      [40, 71],
      [5, 71],
    ],
  },
};

const views = new Map<string, View>();

export function europeView(box: Box): View {
  const key = `europe:${box.x},${box.y},${box.width},${box.height}`;
  let v = views.get(key);
  if (!v) {
    const projection = geoAzimuthalEqualArea()
      .rotate([-14, -52])
      .fitExtent(
        [
          [box.x, box.y],
          [box.x + box.width, box.y + box.height],
        ],
        EUROPE_EXTENT,
      )
      .clipExtent([
        [box.x, box.y],
        [box.x + box.width, box.y + box.height],
      ]);
    views.set(key, (v = buildView('countries-50m.json', projection, false)));
  }
  return v;
}

export function worldView(box: Box): View {
  const key = `world:${box.x},${box.y},${box.width},${box.height}`;
  let v = views.get(key);
  if (!v) {
    const projection = geoNaturalEarth1().fitExtent(
      [
        [box.x, box.y],
        [box.x + box.width, box.y + box.height],
      ],
      { type: 'Sphere' } as GeoPermissibleObjects,
    );
    views.set(key, (v = buildView('countries-110m.json', projection, true)));
  }
  return v;
}
