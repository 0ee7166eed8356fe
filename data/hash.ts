/** FNV-1a (32-bit) of the string's UTF-16 code units, as 8 lower-case hex digits: short, stable, not cryptographic. */
export function hashString(s: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    hash ^= s.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
