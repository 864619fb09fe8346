/**
 * The block editor script: one block per element, its attributes as sidebar controls checked as the
 * element checks them (./checks.ts), and the element itself as the live preview. The blocks are
 * dynamic: what is saved is the block comment with its attributes; the plugin's PHP renders the tag.
 *
 * Built with @wordpress/scripts (`npm run build:wordpress`): the `@wordpress/*` imports come from
 * WordPress's `wp` globals, listed as the script's dependencies in editor.asset.php.
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { registerBlockType } from '@wordpress/blocks';
import { PanelBody, SelectControl, TextareaControl, TextControl, ToggleControl } from '@wordpress/components';
import { dispatch } from '@wordpress/data';
import { store as editorStore } from '@wordpress/editor';
import { createElement as h, Fragment, useEffect } from '@wordpress/element';
import { crossProblems, problemWith } from './checks.js';
import type { AttributeData, EditorData, ElementData } from './data.js';

declare global {
  interface Window {
    mscWidgetsEditor?: EditorData;
  }
}

const data: EditorData = window.mscWidgetsEditor ?? { elements: [], defaults: {}, protocol: null };

type Attributes = Record<string, string | boolean | undefined>;

/**
 * The element's HTML attributes: block values, else the site's defaults; booleans present or absent.
 * A protocol of the block's own is not an attribute value: the preview puts it beside the element.
 */
function elementAttributes(element: ElementData, attributes: Attributes): Record<string, string> {
  const html: Record<string, string> = {};
  for (const attribute of element.attributes) {
    const value = attributes[attribute.key];
    if (attribute.type === 'protocol') continue;
    if (attribute.type === 'boolean') {
      if (value === true) html[attribute.name] = '';
    } else if (typeof value === 'string' && value.trim() !== '') html[attribute.name] = value;
    else if (attribute.site && data.defaults[attribute.name]) html[attribute.name] = data.defaults[attribute.name]!;
  }
  return html;
}

function control(
  attribute: AttributeData,
  attributes: Attributes,
  set: (key: string, value: unknown) => void,
  problem: string | undefined,
) {
  const onChange = (value: unknown) => {
    set(attribute.key, value);
  };
  if (attribute.type === 'boolean') {
    return h(ToggleControl, {
      key: attribute.name,
      label: attribute.label,
      help: attribute.help,
      checked: attributes[attribute.key] === true,
      onChange,
    });
  }
  const value = typeof attributes[attribute.key] === 'string' ? (attributes[attribute.key] as string) : '';
  if (attribute.type === 'protocol') {
    return h(TextareaControl, {
      key: attribute.name,
      label: attribute.label,
      help: problem ?? attribute.help,
      value,
      onChange,
      rows: 6,
      className: problem ? 'msc-widgets-invalid' : undefined,
      'aria-invalid': problem ? 'true' : undefined,
    });
  }
  const siteDefault = attribute.site ? data.defaults[attribute.name] : undefined;
  const help = problem ?? (siteDefault ? `${attribute.help} Site setting: ${siteDefault}` : attribute.help);
  if (attribute.type === 'select') {
    const options = [{ label: 'Default', value: '' }, ...(attribute.values ?? []).map((v) => ({ label: v, value: v }))];
    return h(SelectControl, { key: attribute.name, label: attribute.label, help, value, options, onChange });
  }
  return h(TextControl, {
    key: attribute.name,
    label: attribute.label,
    help,
    value,
    onChange,
    className: problem ? 'msc-widgets-invalid' : undefined,
    'aria-invalid': problem ? 'true' : undefined,
    placeholder: siteDefault ?? '',
  });
}

function registerElementBlock(element: ElementData): void {
  registerBlockType(element.block, {
    title: element.title,
    description: element.description,
    category: 'widgets',
    edit: ({
      attributes,
      setAttributes,
      clientId,
    }: {
      attributes: Attributes;
      setAttributes: (a: Attributes) => void;
      clientId: string;
    }) => {
      const values = Object.fromEntries(
        element.attributes.map((a) => [a.name, typeof attributes[a.key] === 'string' ? (attributes[a.key] as string) : undefined]),
      );
      const cross = crossProblems(values);
      const problems = Object.fromEntries(element.attributes.map((a) => [a.name, problemWith(a.name, values[a.name]) ?? cross[a.name]]));
      const invalid = Object.values(problems).some(Boolean);
      // The protocol the page will have for this block: its own, else the site's. The preview puts it
      // beside the element, which names it by id, so that it is found in the editor's framed canvas
      // too (a document without the page's msc-protocol block).
      const ownProtocol = typeof attributes.protocol === 'string' && attributes.protocol.trim() !== '' ? attributes.protocol : undefined;
      const protocol = ownProtocol ?? data.protocol ?? undefined;
      const protocolId = `msc-protocol-${clientId}`;
      // A block with a value its element would refuse cannot be published or saved.
      useEffect(() => {
        const key = `microsclerotherapy-widgets-${clientId}`;
        const editor = dispatch(editorStore);
        if (invalid) editor.lockPostSaving(key);
        else editor.unlockPostSaving(key);
        return () => {
          editor.unlockPostSaving(key);
        };
      }, [invalid, clientId]);
      const set = (key: string, value: unknown) => {
        setAttributes({ [key]: value as string | boolean });
      };
      return h(
        Fragment,
        null,
        h(
          InspectorControls,
          null,
          h(
            PanelBody,
            { title: element.title, initialOpen: true },
            ...element.attributes.map((a) => control(a, attributes, set, problems[a.name])),
          ),
        ),
        h(
          'div',
          useBlockProps(),
          // No JSON block for an invalid protocol of the block's own: the preview then says that it
          // cannot be read, as the page would.
          protocol && !problems.protocol ? h('script', { type: 'application/json', id: protocolId }, protocol) : null,
          // Made anew when the protocol changes, so the element reads it again.
          h(element.tag, {
            key: protocol ?? '',
            ...elementAttributes(element, attributes),
            ...(protocol ? { protocol: protocolId } : {}),
          }),
        ),
      );
    },
    save: () => null,
  });
}

for (const element of data.elements) registerElementBlock(element);
