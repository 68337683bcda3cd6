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
  leanMarkdown(glob({ base: `${base}/${folder}`, pattern }));

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
