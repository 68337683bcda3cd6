/** Shared test helpers: the project's real corpus, the archive, and corpora with a file swapped. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readArchive, readContent, type ContentFile } from '../src/lib/content-files';

export const ROOT = resolve(import.meta.dirname, '..');
export const CONTENT = resolve(ROOT, 'content');

/** The archive of source texts, when SOURCE_ARCHIVE names one; tests that need it say so. */
export const ARCHIVE_DIR = process.env['SOURCE_ARCHIVE']
  ? resolve(ROOT, process.env['SOURCE_ARCHIVE'])
  : undefined;
export const archive =
  ARCHIVE_DIR && existsSync(ARCHIVE_DIR) ? readArchive(ARCHIVE_DIR) : undefined;

export const realFiles = (): ContentFile[] => readContent(CONTENT, ROOT);

/** The real corpus with `extra` files added, replacing any file with the same path. */
export function withFiles(extra: readonly ContentFile[]): ContentFile[] {
  const paths = new Set(extra.map((f) => f.path));
  return [...realFiles().filter((f) => !paths.has(f.path)), ...extra];
}

/**
 * The environment for a child build: the test runner's own variables (NODE_ENV=test, Vite's
 * BASE_URL, MODE...) removed, since a build started with them is not the build a user runs.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST)$/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
