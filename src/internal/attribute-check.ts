import { plainText } from './attributes.js';
import { clearWarning, warnOnce } from './warn.js';

/**
 * The checks of one configuration step (see `MscElement.configure`): each attribute is read through
 * a parser from ./attributes.ts; one the parser refuses is noted as invalid, with the form expected.
 * `report` then warns once per invalid attribute and forgets the warning of every valid one, so a
 * later mistake warns again.
 */
export class AttributeCheck {
  /** Each attribute read, and the form it expects when its value was refused (`null` when valid). */
  private readonly _read = new Map<string, string | null>();

  /**
   * The value of an attribute as `parse` reads it. Without the attribute (`null`, `undefined` or only
   * white space), `undefined` and no warning; a value `parse` refuses gives `undefined` and is noted
   * as invalid.
   */
  read<T>(attribute: string, value: string | null | undefined, parse: (value: string) => T | undefined, expected: string): T | undefined {
    const text = plainText(value);
    if (text === undefined) {
      this._read.set(attribute, null);
      return undefined;
    }
    const parsed = parse(text);
    this._read.set(attribute, parsed === undefined ? expected : null);
    return parsed;
  }

  /** Notes an attribute as invalid whatever its value (one that is missing but needed). */
  refuse(attribute: string, expected: string): void {
    this._read.set(attribute, expected);
  }

  /** Whether the attribute was set to a value its parser refused. */
  invalid(attribute: string): boolean {
    return typeof this._read.get(attribute) === 'string';
  }

  /** One console warning per invalid attribute of `element` (however often it renders). */
  report(element: Element): void {
    for (const [attribute, expected] of this._read) {
      if (expected === null) clearWarning(element, attribute);
      else warnOnce(element, attribute, expected);
    }
  }
}
