/**
 * Words typed in two scripts at once: a Cyrillic с in "сompany", Latin x, o and h in "xoлдиhг"
 * (ХОЛДИНГ typed with Latin capitals), a Latin e closing "оборудованиe". Keyboard layouts and
 * deliberate evasion both make them. Each such word is written back in one script, when every letter
 * of the other script has a look-alike in it; a word that needs a letter with no look-alike (trэid,
 * a phonetic spelling) is left as written.
 *
 * The look-alikes come from Unicode's confusables (TR39, via unhomoglyph's table), read on lowercase
 * letters (normalise has folded case) and on their capitals (Н looks like H, so a lowercase h in a
 * Cyrillic word was a capital Н). Only the script with fewer letters in the word is rewritten.
 */
import { createRequire } from 'node:module';
import { scriptOf } from '../vendor/unicode.js';

const prototypes = createRequire(import.meta.url)('unhomoglyph/data.json') as Record<string, string>;

type Script = 'Latin' | 'Cyrillic' | 'Greek';
const OTHER_SCRIPTS: readonly { script: Exclude<Script, 'Latin'>; from: number; to: number; letters: [number, number] }[] = [
  // (letters: the alphabets' own lowercase letters, Russian, Ukrainian, Serbian, Greek: a Latin letter is only
  // written back as one of those, never as a rare look-alike such as Komi ԁ)
  { script: 'Cyrillic', from: 0x400, to: 0x52f, letters: [0x430, 0x45f] },
  { script: 'Greek', from: 0x370, to: 0x3ff, letters: [0x3b1, 0x3c9] },
];

/** A lowercase letter's Latin look-alike, judged on itself or on its capital. */
function latinLookAlike(letter: string): string | undefined {
  const own = prototypes[letter];
  if (own && /^[a-z]$/.test(own)) return own;
  const capital = prototypes[letter.toUpperCase()];
  return capital && /^[A-Z]$/.test(capital) ? capital.toLowerCase() : undefined;
}

interface LookAlikes {
  toLatin: Map<string, string>;
  fromLatin: Map<string, string>;
}

function buildLookAlikes(): Record<Exclude<Script, 'Latin'>, LookAlikes> {
  const out = {} as Record<Exclude<Script, 'Latin'>, LookAlikes>;
  for (const { script, from, to, letters } of OTHER_SCRIPTS) {
    const toLatin = new Map<string, string>();
    const fromLatin = new Map<string, string>();
    for (let cp = from; cp <= to; cp++) {
      const letter = String.fromCodePoint(cp);
      if (letter !== letter.toLowerCase() || scriptOf(cp) !== script) continue;
      const latin = latinLookAlike(letter);
      if (!latin) continue;
      toLatin.set(letter, latin);
      // (the first in code order: а before the Ukrainian and Serbian letters)
      if (cp >= letters[0] && cp <= letters[1] && !fromLatin.has(latin)) fromLatin.set(latin, letter);
    }
    out[script] = { toLatin, fromLatin };
  }
  return out;
}

const LOOK_ALIKES = buildLookAlikes();

function scriptOfLetter(letter: string): Script | undefined {
  const script = scriptOf(letter.codePointAt(0)!);
  return script === 'Latin' || script === 'Cyrillic' || script === 'Greek' ? script : undefined;
}

/** One word written in one script, when its letters allow it; otherwise the word as it was. */
export function unmixedWord(word: string): string {
  const letters = [...word];
  const scripts = letters.map(scriptOfLetter);
  const present = new Set(scripts.filter((s) => s !== undefined));
  if (present.size !== 2 || !present.has('Latin')) return word;
  const other = [...present].find((s) => s !== 'Latin') as Exclude<Script, 'Latin'>;
  const { toLatin, fromLatin } = LOOK_ALIKES[other];
  const latinCount = scripts.filter((s) => s === 'Latin').length;
  const otherCount = scripts.filter((s) => s === other).length;
  // The stray letters of `stray`'s script written with their look-alikes, when every one has one.
  const rewritten = (stray: Script, lookAlikes: Map<string, string>): string | undefined =>
    letters.every((l, i) => scripts[i] !== stray || lookAlikes.has(l)) ? letters.map((l, i) => (scripts[i] === stray ? lookAlikes.get(l)! : l)).join('') : undefined;
  // Only the fewer letters are the stray ones; as many each way says nothing about which was meant.
  if (latinCount < otherCount) return rewritten('Latin', fromLatin) ?? word;
  if (otherCount < latinCount) return rewritten(other, toLatin) ?? word;
  return word;
}

// Latin letters next to Cyrillic or Greek ones, in either order, within one word.
const MIXED = /[a-z][\p{M}]*[\u0370-\u052f]|[\u0370-\u052f][\p{M}]*[a-z]/u;
const WORD = /[\p{L}\p{M}]+/gu;

/** Every mixed-script word of a (lowercase) text written in one script where its letters allow. */
export function unmixScripts(text: string): string {
  return MIXED.test(text) ? text.replace(WORD, unmixedWord) : text;
}
