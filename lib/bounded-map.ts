/** Keeps `value` under `key` in a cache of at most `max` entries: the oldest goes first. Returns `value`. */
export function rememberBounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): V {
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
  return value;
}

const CONTENT_KEYS = new WeakMap<object, string>();

/**
 * A stored document's JSON text, as the key of the caches that work out what depends on it alone:
 * computed once per object, however many of them ask in one check (documents read from the
 * database are never changed in place).
 */
export function contentKey(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "undefined";
  let key = CONTENT_KEYS.get(value);
  if (key === undefined) {
    key = JSON.stringify(value);
    CONTENT_KEYS.set(value, key);
  }
  return key;
}
