/**
 * A folder of files kept between builds, each named by a hash of everything that decides its
 * bytes, so that a rebuild makes again only what changed. A miss makes the file and writes it
 * aside first, then renames it into place: a build stopped midway leaves no half-written entry.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** A key for `parts` (the content and the version of the code that makes it): SHA-256, hex. */
export function cacheKey(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(createHash('sha256').update(part).digest());
  return hash.digest('hex');
}

/** The file `name` from the cache `dir`, made by `make` and kept there if it is not yet. */
export function cached(dir: string, name: string, make: () => Uint8Array): Uint8Array {
  const file = join(dir, name);
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const bytes = make();
  mkdirSync(dir, { recursive: true });
  const aside = `${file}.${process.pid}.tmp`;
  writeFileSync(aside, bytes);
  renameSync(aside, file);
  return bytes;
}
