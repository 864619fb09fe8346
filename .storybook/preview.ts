// Storybook's preview: controls and docs from the Custom Elements Manifest, and the toolbars a
// designer checks every state with: language (every shipped locale; Arabic turns the elements right
// to left by itself), theme (the default, two clinic brands set only through --msc- custom
// properties, a dark page) and viewport (320 px phone to desktop). The accessibility addon runs axe
// on every story.
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import { setLocale, sourceLocale, targetLocales } from '../src/internal/localization.js';
import { manifest } from '../stories/manifest.js';
import { themes, themeStyle, type ThemeName } from '../stories/themes.js';

setCustomElementsManifest(manifest);
setStorybookHelpersConfig({
  hideArgRef: true,
  categoryOrder: ['attributes', 'events', 'cssProps', 'cssParts', 'slots', 'properties', 'methods', 'cssStates'],
});

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const locales = [sourceLocale, ...targetLocales];

/** The page around the story: the theme's page background and custom properties, and the language. */
const withPage: Decorator = (story, context) => {
  const theme = (context.globals.theme ?? 'default') as ThemeName;
  const locale = (context.globals.locale ?? sourceLocale) as string;
  return html`<div class="msc-story-page" lang=${locale} style="padding: 1rem; background: ${themes[theme].page}; ${themeStyle(theme)}">
    ${story()}
  </div>`;
};

const viewport = (name: string, width: number, height: number, type: 'mobile' | 'tablet' | 'desktop') => ({
  name,
  styles: { width: `${width}px`, height: `${height}px` },
  type,
});

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'The language the elements speak (setLocale)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: locales.map((locale) => ({ value: locale, title: `${languageNames.of(locale) ?? locale} (${locale})` })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'A clinic theme, set only through --msc- custom properties',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(themes).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: sourceLocale,
    theme: 'default',
  },
  // The library's own setLocale, before every story renders (the elements re-render when it changes).
  loaders: [
    async ({ globals }) => {
      await setLocale(typeof globals.locale === 'string' ? globals.locale : sourceLocale);
      return {};
    },
  ],
  decorators: [withPage],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: { test: 'error' },
    viewport: {
      options: {
        phone320: viewport('Small phone (320 px)', 320, 640, 'mobile'),
        phone390: viewport('Phone (390 px)', 390, 844, 'mobile'),
        tablet: viewport('Tablet (768 px)', 768, 1024, 'tablet'),
        laptop: viewport('Laptop (1280 px)', 1280, 800, 'desktop'),
        desktop: viewport('Desktop (1920 px)', 1920, 1080, 'desktop'),
      },
    },
  },
};

export default preview;
