/** Names every plain object already has (`__proto__`, `constructor`, `toString` …): unusable as keys of stored maps. */
export function isReservedKey(key: string): boolean {
  return key === '__proto__' || key in Object.prototype;
}
