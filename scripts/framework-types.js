// Framework type declarations from the Custom Elements Manifest (run by `npm run manifest`, part of
// `npm run build`), so that TSX (React 19, Preact) and Vue templates (vue-tsc) type-check the
// elements' attributes and events. Writes, into dist/types/:
//   elements.d.ts  for each element: its attributes (their kebab-case names, typed from the manifest),
//                  its events (typed by the GlobalEventHandlersEventMap entries the element declares)
//                  and its `on<event>` props (React 19 and Preact: `on` + the event's exact name)
//   react.d.ts     React 19: React.JSX.IntrinsicElements
//   preact.d.ts    Preact: preact.JSX.IntrinsicElements
//   vue.d.ts       Vue 3: GlobalComponents, in the form the Vue docs recommend for custom elements
//                  (vue-tsc camelizes attribute names, so its props are the camelCase names)
// and an empty module beside each of the last three (react.js…): the runtime file package.json
// `exports` names for `microsclerotherapy-widgets/types/react` and the others.
// An attribute's type is the manifest's `type.text` when that is made of `string`, `number`,
// `boolean` and literals (`null` and `undefined` are dropped: they mean "attribute absent"); any
// other type (a named type, a generic, an object) becomes `string`, and is listed on the console.
// Options (the tests use them): --manifest <file> (default custom-elements.json), --out <dir>
// (default dist/types; the imports of the element classes are made relative to it).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({ options: { manifest: { type: 'string' }, out: { type: 'string' } } });
const manifestFile = path.resolve(root, options.manifest ?? 'custom-elements.json');
const outDir = path.resolve(root, options.out ?? 'dist/types');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

// --- Attribute types ---------------------------------------------------------------------------

const literal = /^(?:'[^'\\|]*'|"[^"\\|]*"|-?\d+(?:\.\d+)?|true|false)$/;
const primitives = new Set(['string', 'number', 'boolean']);
const widened = [];

/** The TypeScript type of an attribute from the manifest's `type.text`, without null/undefined. */
function attributeType(tag, attribute) {
  const text = attribute.type?.text?.trim();
  if (!text) return 'string';
  const members = text
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member !== 'null' && member !== 'undefined');
  if (members.length > 0 && members.every((member) => primitives.has(member) || literal.test(member))) {
    return [...new Set(members)].join(' | ');
  }
  widened.push(`<${tag}> ${attribute.name}: ${text}`);
  return 'string';
}

// --- The elements ------------------------------------------------------------------------------

/** Every custom element of the manifest, by tag name. */
const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })))
  .filter(({ declaration }) => declaration.customElement && declaration.tagName)
  .map(({ module, declaration }) => ({
    tag: declaration.tagName,
    className: declaration.name,
    // src/components/x/x.ts is built to dist/components/x/x.d.ts.
    declarationFile: path.join(root, 'dist', module.path.replace(/^src\//, '').replace(/\.ts$/, '.js')),
    summary: declaration.summary ?? '',
    attributes: (declaration.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      fieldName: attribute.fieldName,
      description: attribute.description ?? '',
      type: attributeType(declaration.tagName, attribute),
    })),
    events: (declaration.events ?? [])
      .filter((event) => event.name)
      .map(({ name, description }) => ({ name, description: description ?? '' })),
  }))
  .sort((a, b) => a.tag.localeCompare(b.tag));
if (elements.length === 0) throw new Error(`${path.relative(root, manifestFile)} describes no element.`);

// --- Text helpers ------------------------------------------------------------------------------

const identifier = /^[A-Za-z_$][\w$]*$/;
/** A property key: bare when it is an identifier, else quoted. */
const key = (name) => (identifier.test(name) ? name : `'${name.replace(/['\\]/g, '\\$&')}'`);
/** Vue's camelize: `treatment-date` -> `treatmentDate`. */
const camelize = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
/** A JSDoc comment (indented), or nothing for an empty text. */
function doc(text, indent) {
  const lines = (text ?? '').trim().replace(/\*\//g, '*\\/').split('\n');
  if (lines.join('') === '') return '';
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} *${line.trim() ? ` ${line.trim()}` : ''}`).join('\n')}\n${indent} */\n`;
}
/** An exported interface with its members (each documented), or `{}` for none. */
function exportedInterface(comment, name, members) {
  const body = members.map(({ description, line }) => `${doc(description, '  ')}  ${line}`).join('\n');
  return `${doc(comment, '')}export interface ${name} ${body ? `{\n${body}\n}` : '{}'}\n`;
}
/** The optional props of an element's attributes, named by `nameOf`. */
const attributeMembers = (element, nameOf) =>
  element.attributes.map((a) => ({ description: a.description, line: `${key(nameOf(a.name))}?: ${a.type} | undefined;` }));
/** The optional props of an element's properties named unlike their attribute (`clinicName`), for JSX. */
const propertyMembers = (element) =>
  element.attributes
    .filter((a) => a.fieldName && a.fieldName !== a.name)
    .map((a) => ({ description: a.description, line: `${key(a.fieldName)}?: ${a.type} | undefined;` }));
/** The IntrinsicElements (or GlobalComponents) entries: one per tag, `Type<'tag'>`. */
const entries = (type, indent) => elements.map((e) => `${doc(e.summary, indent)}${indent}'${e.tag}': ${type}<'${e.tag}'>;`).join('\n');
const header = (lines) => `// Generated by scripts/framework-types.js from custom-elements.json (npm run build): do not edit.\n${lines}`;
const turnOn = (name) => {
  const specifier = `microsclerotherapy-widgets/types/${name}`;
  return `// Turn on with \`import type {} from '${specifier}';\` in one file, or with\n// "${specifier}" in tsconfig compilerOptions.types.`;
};

// --- elements.d.ts: what every framework shares ------------------------------------------------

function elementsFile() {
  const importPath = (e) => {
    const relative = path.relative(outDir, e.declarationFile).split(path.sep).join('/');
    return relative.startsWith('.') ? relative : `./${relative}`;
  };
  const imports = elements.map((e) => `import type { ${e.className} } from '${importPath(e)}';`).join('\n');
  const perElement = elements.map((e) =>
    [
      exportedInterface(
        `The attributes of \`<${e.tag}>\`.`,
        `${e.className}Attributes`,
        attributeMembers(e, (name) => name),
      ),
      exportedInterface(
        `The properties of \`<${e.tag}>\` named unlike their attribute, as JSX props (React 19 and Preact set them as properties).`,
        `${e.className}Properties`,
        propertyMembers(e),
      ),
      exportedInterface(
        `The events of \`<${e.tag}>\`, by name.`,
        `${e.className}Events`,
        e.events.map((ev) => ({ description: ev.description, line: `${key(ev.name)}: EventOf<'${ev.name}'>;` })),
      ),
      exportedInterface(
        `The event listeners of \`<${e.tag}>\` as JSX props (React 19, Preact): \`on\` + the event's exact name.`,
        `${e.className}EventProps`,
        e.events.map((ev) => ({
          description: ev.description,
          line: `${key(`on${ev.name}`)}?: ((event: EventOf<'${ev.name}'>) => void) | undefined;`,
        })),
      ),
    ].join('\n'),
  );
  const map = elements
    .map(
      (e) => `${doc(e.summary, '  ')}  '${e.tag}': {
    element: ${e.className};
    attributes: ${e.className}Attributes;
    properties: ${e.className}Properties;
    events: ${e.className}Events;
    eventProps: ${e.className}EventProps;
  };`,
    )
    .join('\n');
  return `${header("// The elements' attributes, events and JSX event props, shared by react.d.ts, preact.d.ts and vue.d.ts.")}
${imports}

/** An event's type as the package declares it in \`GlobalEventHandlersEventMap\`. */
type EventOf<Name extends string> = Name extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[Name] : CustomEvent<unknown>;

${perElement.join('\n')}
/** Every element of the package by tag name: its class, attributes, properties, events and JSX event props. */
export interface MscElements {
${map}
}
`;
}

// --- react.d.ts --------------------------------------------------------------------------------

const reactFile = () => `${header(`// React 19 JSX: the elements in React.JSX.IntrinsicElements.
${turnOn('react')}
// React 19 sets a prop as a property when the element has one, else as an attribute, and makes a
// prop \`on\` + an event's exact, case-sensitive name a listener: onsuitability-change={…}.`)}
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { MscElements } from './elements.js';

type ElementOf<Tag extends keyof MscElements> = MscElements[Tag]['element'];
type Own<Tag extends keyof MscElements> = MscElements[Tag]['attributes'] & MscElements[Tag]['properties'] & MscElements[Tag]['eventProps'];

/** The React 19 props of an element: React's own (key, a ref to the element class, className, style, children…), its attributes and event listeners. */
export type MscReactProps<Tag extends keyof MscElements> = Omit<DetailedHTMLProps<HTMLAttributes<ElementOf<Tag>>, ElementOf<Tag>>, keyof Own<Tag>> & Own<Tag>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries('MscReactProps', '      ')}
    }
  }
}
`;

// --- preact.d.ts -------------------------------------------------------------------------------

const preactFile = () => `${header(`// Preact JSX: the elements in preact's JSX.IntrinsicElements.
${turnOn('preact')}
// Preact sets a prop as a property when the element has one, else as an attribute, and makes a prop
// \`on\` + an event's name (kept as written when it starts lower-case) a listener: onsuitability-change={…}.`)}
import type { HTMLAttributes } from 'preact';
import type { MscElements } from './elements.js';

type ElementOf<Tag extends keyof MscElements> = MscElements[Tag]['element'];
type Own<Tag extends keyof MscElements> = MscElements[Tag]['attributes'] & MscElements[Tag]['properties'] & MscElements[Tag]['eventProps'];

/** The Preact props of an element: Preact's own (key, a ref to the element class, class, style, children…), its attributes and event listeners. */
export type MscPreactProps<Tag extends keyof MscElements> = Omit<HTMLAttributes<ElementOf<Tag>>, keyof Own<Tag>> & Own<Tag>;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${entries('MscPreactProps', '      ')}
    }
  }
}
`;

// --- vue.d.ts ----------------------------------------------------------------------------------

function vueFile() {
  const props = elements.map((e) =>
    exportedInterface(
      `The attributes of \`<${e.tag}>\` as vue-tsc checks them (it camelizes names: \`treatment-date\` is \`treatmentDate\`).`,
      `${e.className}VueProps`,
      attributeMembers(e, camelize),
    ),
  );
  const map = elements.map((e) => `  '${e.tag}': ${e.className}VueProps;`).join('\n');
  return `${header(`// Vue 3 templates (vue-tsc): the elements in Vue's GlobalComponents.
${turnOn('vue')}
// The form the Vue docs recommend for custom elements: vue-tsc reads a component's props from
// \`$props\` and its events (@suitability-change) from \`$emit\`. Vue itself still needs
// \`compilerOptions.isCustomElement\` to render these tags as custom elements. Write the attributes
// in kebab-case as in HTML: Vue sets an attribute unless the element (once defined) has a property
// of that exact name.`)}
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { MscElements } from './elements.js';

${props.join('\n')}
interface VueProps {
${map}
}

type Events<Tag extends keyof MscElements> = MscElements[Tag]['events'];

/** An element as vue-tsc sees a component: the element class, with \`$props\` and \`$emit\` for template checking. */
export type MscVueElement<Tag extends keyof MscElements> = new () => MscElements[Tag]['element'] & {
  /** @deprecated For template type checking only: the element has no \`$props\`. */
  $props: Omit<HTMLAttributes, keyof VueProps[Tag]> & VueProps[Tag] & PublicProps;
  /** @deprecated For template type checking only: the element has no \`$emit\`. */
  $emit: EmitFn<{ [Name in keyof Events<Tag>]: (event: Events<Tag>[Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
${entries('MscVueElement', '    ')}
  }
}
`;
}

// --- Write -------------------------------------------------------------------------------------

const files = { elements: elementsFile(), react: reactFile(), preact: preactFile(), vue: vueFile() };
mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(files)) {
  writeFileSync(path.join(outDir, `${name}.d.ts`), text);
  if (name !== 'elements') writeFileSync(path.join(outDir, `${name}.js`), `// Types only: see ${name}.d.ts.\nexport {};\n`);
}
const where = path.relative(root, outDir) || '.';
console.log(
  `framework types: ${elements.length} elements -> ${Object.keys(files)
    .map((name) => `${where}/${name}.d.ts`)
    .join(', ')}`,
);
if (widened.length > 0) console.log(`framework types: typed as string (not a union of literals and primitives): ${widened.join('; ')}`);
