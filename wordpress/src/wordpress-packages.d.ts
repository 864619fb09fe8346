/**
 * The few APIs of WordPress's packages that the editor script uses. The script imports them as
 * `@wordpress/*` modules; @wordpress/scripts' build takes them from WordPress's `wp` globals and
 * lists them as the script's dependencies in editor.asset.php, so the packages are not installed
 * here, only described.
 */
declare module '@wordpress/element' {
  export type WpNode = unknown;
  export function createElement(type: unknown, props?: Record<string, unknown> | null, ...children: WpNode[]): WpNode;
  export const Fragment: unknown;
  export function useEffect(effect: () => (() => void) | undefined, deps: unknown[]): void;
}

declare module '@wordpress/blocks' {
  export function registerBlockType(name: string, settings: Record<string, unknown>): unknown;
}

declare module '@wordpress/block-editor' {
  export const InspectorControls: unknown;
  export function useBlockProps(props?: Record<string, unknown>): Record<string, unknown>;
}

declare module '@wordpress/components' {
  export const PanelBody: unknown;
  export const TextControl: unknown;
  export const TextareaControl: unknown;
  export const SelectControl: unknown;
  export const ToggleControl: unknown;
}

declare module '@wordpress/data' {
  export function dispatch(store: unknown): { lockPostSaving(key: string): void; unlockPostSaving(key: string): void };
}

declare module '@wordpress/editor' {
  /** The post editor's store (`core/editor`). */
  export const store: unknown;
}
