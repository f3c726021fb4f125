/**
 * Reading a value a contract guarantees is there. With noUncheckedIndexedAccess every
 * `items[i]` may be undefined; where a contract makes it present (a line of a fixed
 * column count, the one row an aggregate query returns, one report per article
 * written), these name the contract, and throw naming it and what was found if it is
 * ever broken, rather than let undefined flow on as a `!` would.
 */

/** The element at `index`, which `contract` says exists. */
export function elementAt<T>(items: readonly T[], index: number, contract: string): T {
  const item = items[index];
  if (item === undefined) throw new Error(`${contract}: no element at index ${index} of ${items.length}`);
  return item;
}

/** A value, such as a map entry, which `contract` says is defined. */
export function defined<T>(value: T | undefined, contract: string): T {
  if (value === undefined) throw new Error(`${contract}: got undefined`);
  return value;
}
