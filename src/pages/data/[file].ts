import type { APIRoute } from 'astro';
import { getSite } from '../../data/site';
import {
  BIBLIOGRAPHY_FILES,
  bibliographyFile,
  type BibliographyFile,
} from '../../lib/bibliography';

const TYPES = {
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  json: 'application/vnd.citationstyles.csl+json',
};

export function getStaticPaths() {
  return Object.keys(BIBLIOGRAPHY_FILES).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const file = params['file'] as BibliographyFile;
  const ext = file.split('.').pop() as keyof typeof TYPES;
  return new Response(
    bibliographyFile(await getSite(), file, String(site), import.meta.env.BASE_URL),
    {
      headers: { 'content-type': `${TYPES[ext]}; charset=utf-8` },
    },
  );
};
