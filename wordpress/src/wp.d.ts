/**
 * The few WordPress editor APIs the plugin's scripts use, as WordPress provides them: globals under
 * `wp` (the `@wordpress/*` packages' convention for scripts that list them as dependencies in their
 * `.asset.php` file). Typed here instead of installing the packages.
 */
type WpNode = unknown;
type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: WpNode[]) => WpNode;

interface WpControlProps {
  label: string;
  help?: WpNode;
  value?: string;
  checked?: boolean;
  options?: { label: string; value: string }[];
  onChange: (value: never) => void;
  className?: string;
  placeholder?: string;
  __nextHasNoMarginBottom?: boolean;
}

export interface Wp {
  blocks: { registerBlockType: (name: string, settings: Record<string, unknown>) => unknown };
  element: {
    createElement: CreateElement;
    Fragment: unknown;
    useEffect: (effect: () => (() => void) | undefined, deps: unknown[]) => void;
  };
  blockEditor: {
    InspectorControls: unknown;
    useBlockProps: (props?: Record<string, unknown>) => Record<string, unknown>;
  };
  components: { PanelBody: unknown; TextControl: (props: WpControlProps) => WpNode; SelectControl: unknown; ToggleControl: unknown };
  data: { dispatch: (store: string) => { lockPostSaving: (key: string) => void; unlockPostSaving: (key: string) => void } };
}

/** One attribute of an element as the plugin describes it (wordpress/build: elements.json). */
export interface AttributeData {
  /** The HTML attribute (`clinic-name`). */
  readonly name: string;
  /** The block attribute (`clinicName`). */
  readonly key: string;
  readonly type: 'string' | 'boolean' | 'select';
  readonly values?: readonly string[];
  readonly label: string;
  readonly help: string;
  /** Set: the site's settings give its default. */
  readonly site?: boolean;
}

export interface ElementData {
  readonly tag: string;
  readonly block: string;
  readonly title: string;
  readonly description: string;
  readonly attributes: readonly AttributeData[];
}

/** What the plugin's PHP gives the editor script (wp_add_inline_script). */
export interface EditorData {
  readonly elements: readonly ElementData[];
  /** The site's settings, by HTML attribute name (only those set). */
  readonly defaults: Readonly<Record<string, string>>;
}
