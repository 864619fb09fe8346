/**
 * The files a built module imports statically (the `import … from"./x.js"` statements at the top of
 * rolldown's output), as paths relative to `file`'s folder joined to it: what a browser fetches
 * before the module runs. Used on dist/cdn/ by the tests of the per-element files.
 */
export function staticImports(file: string, code: string): string[] {
  const found: string[] = [];
  const statement = /^import\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s+[\w$]+)?\s*(?:from\s*)?["']([^"']+)["'];?\s*/;
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  let rest = code;
  for (let match = statement.exec(rest); match; match = statement.exec(rest)) {
    found.push(resolve(folder, match[1]!));
    rest = rest.slice(match[0].length);
  }
  return found;
}

/** `relative` (`./x.js`, `../x.js`) from `folder` (ending in `/`, or empty). */
function resolve(folder: string, relative: string): string {
  const parts = folder.split('/').filter(Boolean);
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return `${folder.startsWith('/') ? '/' : ''}${parts.join('/')}`;
}

/**
 * Every file `file` imports statically, directly or through another (not `file` itself), read with
 * `read` (a fetch in the browser, the file system in Node).
 */
export async function staticClosure(file: string, read: (file: string) => Promise<string>): Promise<string[]> {
  const seen = new Set<string>();
  const visit = async (current: string): Promise<void> => {
    for (const next of staticImports(current, await read(current))) {
      if (seen.has(next)) continue;
      seen.add(next);
      await visit(next);
    }
  };
  await visit(file);
  return [...seen].sort();
}
