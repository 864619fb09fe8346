// React 19's side of the shared JSX fixture (../jsx/elements.tsx, which imports it as `jsx-framework`):
// turns on the generated React types, as a project does, and gives the fixture React's hooks and element type (`Rendered`).
import type {} from 'microsclerotherapy-widgets/types/react';
export { useRef, useState } from 'react';
export type { ReactElement as Rendered } from 'react';
