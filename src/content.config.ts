import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ActorSchema } from './schemas/actor';
import { ChangeSchema } from './schemas/change';
import { DisagreementSchema } from './schemas/disagreement';
import { EventSchema } from './schemas/event';
import { SourceSchema } from './schemas/source';
import { ThemeSchema } from './schemas/theme';

const base = process.env['CONTENT_DIR'] ?? './content';
const at = (folder: string, pattern: string) => glob({ base: `${base}/${folder}`, pattern });

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
