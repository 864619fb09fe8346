/**
 * Captures one console method for the tests of the enclosing `describe`: each test starts with an
 * empty list, and the real method is restored afterwards. Call it inside a `describe` block.
 */
export function captureConsole(method: 'warn' | 'info' | 'error'): unknown[][] {
  const calls: unknown[][] = [];
  const original = Object.getOwnPropertyDescriptor(console, method)!;
  beforeEach(() => {
    calls.length = 0;
    console[method] = (...args: unknown[]) => {
      calls.push(args);
    };
  });
  afterEach(() => {
    Object.defineProperty(console, method, original);
  });
  return calls;
}
