// Storybook for designers and CMS editors: every element in every state, with controls and docs
// generated from the Custom Elements Manifest (custom-elements.json, made by `npm run manifest`).
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // The project's vite.config.ts serves the demo and builds the library; Storybook needs neither.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: { disableTelemetry: true },
};
export default config;
