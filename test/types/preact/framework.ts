// Preact's side of the shared JSX fixture (../jsx/elements.tsx, which imports it as `jsx-framework`):
// turns on the generated Preact types, as a project does, and gives the fixture Preact's hooks and element type (`Rendered`).
import type {} from 'microsclerotherapy-widgets/types/preact';
export { useRef, useState } from 'preact/hooks';
export type { VNode as Rendered } from 'preact';
