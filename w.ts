import { PAGE_TYPES, pageWeight } from './tests/e2e/weight';
for (const [t, p] of Object.entries(PAGE_TYPES)) {
  const w = pageWeight('dist', p);
  console.log(t.padEnd(9), 'html+css', w.htmlCss.gzip, 'js', w.js.gzip, 'req', w.requests);
}
