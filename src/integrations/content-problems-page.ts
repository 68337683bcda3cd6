/**
 * The dev server's answer while the content has problems: every page request gets status 500
 * and a plain page listing each problem with its file, field and reason (the same lines the
 * terminal shows), instead of a page cut off where the bad data broke it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Problem } from '../lib/check';
import { escapeMarkup } from '../lib/markup';
import { printable } from '../lib/text-hygiene';

const escape = (s: string) => escapeMarkup(printable(s));

export function problemsPage(problems: readonly Problem[]): string {
  const items = problems.map(
    (p) =>
      `<li><code>${escape(p.file)}</code>: <code>${escape(p.field)}</code>: ${escape(p.message)}</li>`,
  );
  const n = problems.length;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${n} content problem${n === 1 ? '' : 's'}</title></head>
<body>
<main>
<h1>${n} problem${n === 1 ? '' : 's'} in the content</h1>
<p>No page is shown until every problem is fixed. Save a fix and reload: the content is checked again.</p>
<ol>
${items.join('\n')}
</ol>
</main>
</body>
</html>
`;
}

/** Whether a dev request is for a page (not a script, style or image the page loads). */
export function wantsPage(req: IncomingMessage): boolean {
  const url = req.url ?? '/';
  if (url.startsWith('/@') || url.includes('/node_modules/')) return false;
  return (req.headers.accept ?? '').includes('text/html');
}

/** A connect middleware: pages answer with the problems while there are any. */
export function problemsMiddleware(current: () => readonly Problem[]) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const problems = current();
    if (problems.length === 0 || !wantsPage(req)) {
      next();
      return;
    }
    res.statusCode = 500;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(problemsPage(problems));
  };
}
