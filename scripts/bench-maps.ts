/** The benchmark's map figures, read from a build of the real content. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS, type PageWeight } from '../tests/e2e/weight';

/**
 * The maps' figures: the map page against its budget (40 KB of HTML and CSS with its SVG, 10 KB
 * of script), the SVG alone, and the locator map on the cross-border strikes theme page.
 */
export function mapFigures(dist: string, weights: Record<string, PageWeight>) {
  const gz = (s: string) => gzipSync(s, { level: 9 }).length;
  const svgIn = (path: string) =>
    /<svg class="map-svg"[\s\S]*?<\/svg>/.exec(
      readFileSync(join(dist, path, 'index.html'), 'utf8'),
    )?.[0] ?? '';
  const map = weights['map'];
  const svg = svgIn('map');
  const locator = svgIn('themes/cross-border-strikes');
  const figures = {
    mapHtmlCssGzip: map?.htmlCss.gzip ?? NaN,
    mapHtmlCssBudget: BUDGETS.map.htmlCss,
    mapJsGzip: map?.js.gzip ?? NaN,
    mapJsBudget: BUDGETS.map.js,
    mapSvgRaw: svg.length,
    mapSvgGzip: gz(svg),
    crossBorderLocatorSvgGzip: gz(locator),
    placePageHtmlCssGzip: weights['place']?.htmlCss.gzip ?? NaN,
  };
  console.log('\nMaps (bytes, gzip level 9)');
  console.log(
    `map page HTML+CSS ${figures.mapHtmlCssGzip} of ${figures.mapHtmlCssBudget}; JS ${figures.mapJsGzip} of ${figures.mapJsBudget}; its SVG ${figures.mapSvgRaw} raw, ${figures.mapSvgGzip} gzip`,
  );
  console.log(
    `locator on the cross-border theme page: SVG ${figures.crossBorderLocatorSvgGzip} gzip alone; place page (khost) HTML+CSS ${figures.placePageHtmlCssGzip}`,
  );
  return figures;
}
