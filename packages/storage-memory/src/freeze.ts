/**
 * Freezes `value` and everything reachable from it, and returns it. A part that is already
 * frozen is not walked again: a stored session shares its unchanged parts with the version
 * before it, so freezing the next version costs what changed, not the session's length.
 */
export function freezeDeep<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) freezeDeep(child);
  return value;
}
