/// <reference types="vite/client" />
// The Custom Elements Manifest as Storybook sees it. Loaded with import.meta.glob, so the type check
// and lint (which run before the build that generates the file) never need it to exist.
import { version } from '../src/internal/version.js';

export interface ManifestItem {
  readonly name: string;
  readonly description?: string;
  readonly type?: { readonly text: string };
  readonly default?: string;
  readonly fieldName?: string;
  readonly inheritedFrom?: { readonly name: string };
}

export interface ElementDeclaration {
  readonly name: string;
  readonly tagName: string;
  readonly summary?: string;
  readonly description?: string;
  readonly attributes?: readonly ManifestItem[];
  readonly events?: readonly ManifestItem[];
  readonly cssParts?: readonly ManifestItem[];
  readonly cssProperties?: readonly ManifestItem[];
}

export interface Manifest {
  readonly schemaVersion: string;
  readonly modules: readonly {
    readonly path: string;
    readonly declarations?: readonly (ElementDeclaration & { customElement?: boolean })[];
  }[];
}

const loaded = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const found = loaded['../custom-elements.json'];
if (!found) throw new Error('custom-elements.json is missing: run `npm run manifest` (or `npm run build`).');

/** The generated manifest. */
export const manifest: Manifest = found;

/** Every element the manifest describes, in the manifest's order. */
export const elements: readonly ElementDeclaration[] = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((d) => d.customElement === true && typeof d.tagName === 'string'),
);

/** One element's declaration. */
export function element(tag: string): ElementDeclaration {
  const found = elements.find((d) => d.tagName === tag);
  if (!found) throw new Error(`custom-elements.json has no <${tag}>.`);
  return found;
}

/** The folder of the script-tag files of this version on the CDN. */
const cdn = `https://cdn.jsdelivr.net/npm/microsclerotherapy-widgets@${version}/dist/cdn/`;

/** The URL of an element's own script-tag file (dist/cdn/<tag>.js) of this version on the CDN. */
export const elementFileUrl = (tag: string): string => `${cdn}${tag}.js`;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The HTML a CMS editor pastes to embed `tag` with the story's current args: the script tag of the
 * element's own file (the Embed page says when the all-in-one bundle is the better choice), then the
 * element with every attribute the manifest names that has a value (a true boolean as a bare
 * attribute), and the --msc- custom properties set in the controls as an inline style.
 */
export function embedSnippet(tag: string, args: Readonly<Record<string, unknown>>): string {
  const declaration = element(tag);
  const attributes: string[] = [];
  for (const { name } of declaration.attributes ?? []) {
    const value = args[name];
    if (value === true) attributes.push(name);
    else if (typeof value === 'string' && value !== '') attributes.push(`${name}="${escapeAttribute(value)}"`);
    else if (typeof value === 'number') attributes.push(`${name}="${value}"`);
  }
  const style = (declaration.cssProperties ?? [])
    .map(({ name }) => [name, args[name]] as const)
    .filter((entry): entry is readonly [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
  if (style) attributes.push(`style="${escapeAttribute(style)}"`);
  // Styles for the parts set in the controls (wc-toolkit names their args `<part>-part`).
  const partRules = (declaration.cssParts ?? [])
    .map(({ name }) => [name, args[`${name}-part`]] as const)
    .filter((entry): entry is readonly [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '')
    .map(([name, css]) => `  ${tag}::part(${name}) { ${css.trim()} }`);
  const open =
    attributes.length === 0
      ? `<${tag}>`
      : attributes.length <= 2 && `<${tag} ${attributes.join(' ')}>`.length <= 100
        ? `<${tag} ${attributes.join(' ')}>`
        : `<${tag}\n${attributes.map((a) => `  ${a}`).join('\n')}\n>`;
  const styleBlock = partRules.length > 0 ? `\n\n<style>\n${partRules.join('\n').replace(/</g, '\\3C ')}\n</style>` : '';
  return `<script type="module" src="${elementFileUrl(tag)}"></script>${styleBlock}\n\n${open}</${tag}>`;
}
