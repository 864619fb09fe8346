/**
 * Code an element loads when it is first needed, from beside the library's own files (in the
 * script-tag bundle, `chunks/`). A failed load (for example offline) is tried again at the next use.
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
