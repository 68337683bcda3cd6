/** Theme presentation: each theme's colour token, always shown with its label. */
import type { ThemeSlug } from '../schemas/theme';

/** The Okabe-Ito colours of the design, for charts drawn on the paper background. */
export const THEME_COLOURS: Record<ThemeSlug, string> = {
  ttp: '#D55E00',
  'afghan-taliban': '#0072B2',
  talks: '#009E73',
  'cross-border-strikes': '#E69F00',
};

/** The CSS custom property that carries the text-safe variant (light and dark). */
export const themeVar = (slug: ThemeSlug) => `var(--theme-${slug})`;
