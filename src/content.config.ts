import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { ActorSchema } from './schemas/actor';
import { ChangeSchema } from './schemas/change';
import { DisagreementSchema } from './schemas/disagreement';
import { EventSchema } from './schemas/event';
import { SourceSchema } from './schemas/source';
import { ThemeSchema } from './schemas/theme';

const base = process.env['CONTENT_DIR'] ?? './content';
const at = (folder: string, pattern: string) =>
  devTolerant(leanMarkdown(glob({ base: `${base}/${folder}`, pattern })));

/**
 * The glob loader, minus the copy of each Markdown file's frontmatter that it keeps beside the
 * rendered HTML (the entry's data holds it already, and nothing reads the copy): the data store,
 * which the build carries into its bundle, is a third smaller.
 */
function leanMarkdown(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        store: new Proxy(context.store, {
          get(store, key) {
            if (key === 'set') {
              return (entry: Parameters<typeof store.set>[0]) => {
                const metadata = entry.rendered?.metadata;
                if (metadata) delete metadata.frontmatter;
                return store.set(entry);
              };
            }
            const value: unknown = Reflect.get(store, key, store);
            return typeof value === 'function' ? value.bind(store) : value;
          },
        }),
      }),
  };
}

/** What the glob loader reads a file with (Astro passes these to loaders, untyped). */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}
type Context = Parameters<Loader['load']>[0] & { entryTypes?: Map<string, EntryType> };

/** An entry type whose files that do not parse come out marked, instead of throwing. */
const marking = (type: EntryType): EntryType => ({
  ...type,
  getEntryInfo: async (params: { fileUrl: URL; contents: string }) => {
    try {
      return await type.getEntryInfo(params);
    } catch {
      return { data: { [UNREADABLE]: true }, body: '', slug: '', rawData: '' };
    }
  },
});
const UNREADABLE = Symbol('unreadable');

/**
 * In the dev server only: a file that does not parse or does not fit its schema is left out of
 * the store instead of stopping the server. The content check has reported it (file, field,
 * reason) and the dev server answers every page with the problems until they are fixed; the
 * loader's watcher keeps running, so the fixed file comes back. A build never gets here with bad
 * content: the check refuses it before the loaders run.
 */
function devTolerant(loader: Loader): Loader {
  if (!import.meta.env.DEV) return loader;
  return {
    ...loader,
    load: (context: Context) => {
      const failed = new Set<string>();
      const types = [...(context.entryTypes ?? [])];
      const entryTypes = new Map(types.map(([ext, t]) => [ext, marking(t)]));
      const tolerant: Context = {
        ...context,
        entryTypes,
        parseData: async (props) => {
          try {
            if (UNREADABLE in props.data) throw new Error('unreadable');
            return await context.parseData(props);
          } catch {
            failed.add(props.id);
            return props.data;
          }
        },
        store: new Proxy(context.store, {
          get(store, key) {
            if (key !== 'set') {
              const value: unknown = Reflect.get(store, key, store);
              return typeof value === 'function' ? value.bind(store) : value;
            }
            return (entry: Parameters<typeof store.set>[0]) => {
              if (!failed.delete(entry.id)) return store.set(entry);
              store.delete(entry.id);
              return false;
            };
          },
        }),
      };
      return loader.load(tolerant);
    },
  };
}

export const collections = {
  sources: defineCollection({ loader: at('sources', '*.md'), schema: SourceSchema() }),
  themes: defineCollection({ loader: at('themes', '*.md'), schema: ThemeSchema() }),
  events: defineCollection({ loader: at('events', '*.yaml'), schema: EventSchema() }),
  actors: defineCollection({ loader: at('actors', '*.yaml'), schema: ActorSchema() }),
  changes: defineCollection({ loader: at('changes', '*.yaml'), schema: ChangeSchema() }),
  disagreements: defineCollection({
    loader: at('disagreements', '*.yaml'),
    schema: DisagreementSchema(),
  }),
};
