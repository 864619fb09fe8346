/** What the plugin's PHP and build give its scripts: the elements and their attributes (elements.json). */

/** One attribute of an element as the plugin describes it (wordpress/build: elements.json). */
export interface AttributeData {
  /** The HTML attribute (`clinic-name`). */
  readonly name: string;
  /** The block attribute (`clinicName`). */
  readonly key: string;
  /** `protocol`: the block's own protocol as JSON text (the `protocol` attribute). */
  readonly type: 'string' | 'boolean' | 'select' | 'protocol';
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
  /** The site's protocol as JSON, or null when the site follows the leaflet. */
  readonly protocol: string | null;
}
