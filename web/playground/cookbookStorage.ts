import cookbook from 'virtual:cookbook';

/** A short, stable fingerprint of the cookbook as built (FNV-1a over its text). */
export function cookbookVersion(): string {
  let hash = 0x811c9dc5;
  for (const tab of cookbook) {
    for (const char of tab.file + tab.query + (tab.variables ?? '')) {
      hash ^= char.codePointAt(0)!;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash.toString(36);
}

/**
 * GraphiQL keeps its tabs in localStorage and ignores `defaultTabs` once it has any, so
 * a reader who opened an older build would never see a new cookbook. Keys are prefixed
 * with the cookbook's version: a new cookbook starts from its own tabs, and edits made
 * to the current one survive reloads.
 */
export function cookbookStorage(): Storage {
  const prefix = `leshan-playground:${cookbookVersion()}:`;
  const ownKeys = () => Object.keys(localStorage).filter((key) => key.startsWith(prefix));
  return {
    getItem: (key) => localStorage.getItem(prefix + key),
    setItem: (key, value) => localStorage.setItem(prefix + key, value),
    removeItem: (key) => localStorage.removeItem(prefix + key),
    key: (index) => ownKeys()[index]?.slice(prefix.length) ?? null,
    get length() {
      return ownKeys().length;
    },
    clear() {
      for (const key of ownKeys()) localStorage.removeItem(key);
    },
  };
}
