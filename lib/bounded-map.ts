/** Keeps `value` under `key` in a cache of at most `max` entries: the oldest goes first. Returns `value`. */
export function rememberBounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): V {
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
  return value;
}
