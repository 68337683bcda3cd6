/**
 * Places sit where their records put them: every country a place names is one Natural Earth
 * knows, a point falls inside its country (point-in-polygon with d3-geo: Khost in Afghanistan,
 * Bannu in Pakistan, whatever anyone types), and a border is one its two countries share. The
 * schema already refuses a place without a location or a record.
 */
import { atlas, inCountry } from '../geo';
import type { Problem } from '../check';
import type { LintRule } from './rule';

export const places: LintRule = {
  id: 'place-in-country',
  description: 'A place’s point lies in its country, and a border is one its countries share.',
  check(corpus) {
    const problems: Problem[] = [];
    const add = (file: string, field: string, message: string) =>
      problems.push({ file, field, message });
    for (const actor of corpus.actors) {
      const { country = [], location } = actor.data;
      const unknown = country.filter((c) => !atlas().country(c));
      for (const c of unknown) {
        add(actor.path, 'country', `"${c}" is not a country Natural Earth names (world-atlas)`);
      }
      if (!location || unknown.length > 0) continue;
      if (location.kind === 'point') {
        if (country.length !== 1) {
          add(actor.path, 'country', 'a point lies in one country: name exactly one');
        } else if (!inCountry(country[0] ?? '', location.coordinates)) {
          add(
            actor.path,
            'location.coordinates',
            `[${location.coordinates.join(', ')}] (${location.recordName}) is not in ${country[0]} by Natural Earth: check the record and the country`,
          );
        }
      }
      if (location.kind === 'border') {
        const [a = '', b = ''] = country;
        if (country.length !== 2 || atlas().border(a, b).coordinates.length === 0) {
          add(actor.path, 'country', 'a border names the two countries that share it');
        }
      }
    }
    return problems;
  },
};
