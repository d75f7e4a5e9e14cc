/**
 * The only importer of unicode-properties (Unicode 12 data), so it can be swapped for \p{…} escapes.
 */
import unicode from 'unicode-properties';

export function scriptOf(codePoint: number): string {
  return unicode.getScript(codePoint);
}

export function isMark(codePoint: number): boolean {
  return unicode.isMark(codePoint);
}
