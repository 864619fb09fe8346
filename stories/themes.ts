// The themes of the Storybook toolbar. Each clinic brand is set ONLY through the elements' --msc-
// custom properties (the page around them gets a background of its own). Colours meet WCAG 2.2 AA.

export interface Theme {
  readonly title: string;
  /** The page's background behind the element. */
  readonly page: string;
  /** The --msc- custom properties the clinic sets. */
  readonly properties: Readonly<Record<`--msc-${string}`, string>>;
}

export const themes = {
  default: { title: 'Default', page: '#ffffff', properties: {} },
  'leafy-lane': {
    title: 'Leafy Lane Vein Clinic (green brand)',
    page: '#eef5f0',
    properties: {
      '--msc-color-text': '#14281d',
      '--msc-color-background': '#f8fcf9',
      '--msc-color-accent': '#1e6b3a',
      '--msc-color-accent-text': '#ffffff',
      '--msc-color-border': '#5b7d66',
      '--msc-color-muted': '#3d5646',
      '--msc-color-warning-background': '#fff3e0',
      '--msc-color-warning-border': '#9a3b00',
      '--msc-radius': '0.25rem',
      '--msc-space': '1.1rem',
      '--msc-focus-ring': '3px solid #b8860b',
    },
  },
  harbour: {
    title: 'Harbour Skin Clinic (violet brand)',
    page: '#f4f2f8',
    properties: {
      '--msc-color-text': '#1f1b2e',
      '--msc-color-background': '#ffffff',
      '--msc-color-accent': '#4b2a7b',
      '--msc-color-accent-text': '#ffffff',
      '--msc-color-border': '#6e6791',
      '--msc-color-muted': '#4e4866',
      '--msc-color-warning-background': '#fdecef',
      '--msc-color-warning-border': '#a3123a',
      '--msc-radius': '1rem',
      '--msc-space': '1.25rem',
      '--msc-focus-ring': '3px solid #0b7a75',
      '--msc-max-width': '40rem',
    },
  },
  dark: {
    title: 'Dark page',
    page: '#12181f',
    properties: {
      '--msc-color-text': '#f1f3f5',
      '--msc-color-background': '#1b232c',
      '--msc-color-accent': '#7cc0f0',
      '--msc-color-accent-text': '#0b1620',
      '--msc-color-border': '#8a96a3',
      '--msc-color-muted': '#c3ccd5',
      '--msc-color-warning-background': '#3a2410',
      '--msc-color-warning-border': '#ffb27a',
      '--msc-focus-ring': '3px solid #ffbf47',
    },
  },
} as const satisfies Record<string, Theme>;

export type ThemeName = keyof typeof themes;

/** The theme's properties as an inline style. */
export const themeStyle = (name: ThemeName): string =>
  Object.entries(themes[name].properties)
    .map(([property, value]) => `${property}: ${value}`)
    .join('; ');
