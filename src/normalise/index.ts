/**
 * Stage 1, normalise: one canonical form for any input text, applied alike to tables and queries.
 * Order (each step relies on the one before): NFKC → remove invisible characters → case fold →
 * fold letter variants (data/normalise/letters.tsv) → strip combining marks in the scripts whose
 * marks are optional (Latin diacritics, Arabic harakat, Hebrew niqqud, Greek tonos) → write words
 * typed in two scripts in one (confusables.ts) → squash spaces.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../data/paths.js';
import { parseTsv } from '../data/tsv.js';
import { isMark, scriptOf } from '../vendor/unicode.js';
import { unmixScripts } from './confusables.js';

// Bidi controls, zero-width characters, BOM, soft hyphen, Arabic letter mark, control characters and
// lone surrogates: invisible or broken, never meaningful in a name.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|(?![\t\n\r])\p{Cc}|\p{Cs}/gu;
// Persian writes a word-final ه before a zero-width non-joiner when a suffix follows (خامنه‌ای Khamenei,
// بنگله‌دیش Bangladesh): it is the vowel e, not h. Before the joiner goes, it becomes ە, the letter
// Kurdish writes that vowel with (data/translit/arabic.tsv reads it as a vowel, never h).
const SILENT_HE = /[هة]\u200C/gu;
// Emoji, flags and other symbols sit beside names ("Haftar 🇱🇾") but are not part of them.
const SYMBOLS = /[\p{So}\p{Regional_Indicator}\p{Extended_Pictographic}\u200D\uFE0F]/gu;

/** Scripts whose combining marks are optional decoration (vowel points, accents), not letters. */
const STRIPPED_MARK_SCRIPTS = new Set(['Latin', 'Greek', 'Cyrillic', 'Arabic', 'Hebrew', 'Common', 'Inherited']);

/**
 * Letters that NFD splits but that are letters of their own: й, ў (breve), Ukrainian ї, and ё, whose
 * readings (yo, o, ö, eu) e does not have; transliteration reads it as e too, so Горбачёв = Горбачев.
 */
const KEPT_MARKS = new Set(['и\u0306', 'у\u0306', 'і\u0308', 'е\u0308', 'ι\u0308', 'υ\u0308']);

/**
 * Greek writes two vowels said apart, where the pair would otherwise be a digraph (αι e, ει i, οι i, αυ av…), with a
 * diaeresis on the second (Αϊνστάιν Ainstain, Einstein) or an accent on the first (Στάιν stain, Φρόιντ Froint, Freud;
 * the digraph's accent is on its second letter: Σαίξπηρ Sexpir, Shakespeare). ϊ and ϋ are kept (KEPT_MARKS), and an accent
 * on a pair's first vowel becomes a diaeresis on its second, so that the two are read apart once the accents are gone.
 */
const GREEK_PAIR_SAID_APART = /([αεου])\u0301([ιυ])(?!\p{M}*\u0308)/gu;
const GREEK_ACCENT = /[\u0370-\u03ff]\u0301/u;

function greekPairsSaidApart(decomposed: string): string {
  return GREEK_ACCENT.test(decomposed) ? decomposed.replace(GREEK_PAIR_SAID_APART, '$1$2\u0308') : decomposed;
}

function loadLetterFolds(): Map<string, string> {
  const file = dataPath('normalise', 'letters.tsv');
  const folds = new Map<string, string>();
  for (const { cells } of parseTsv(readFileSync(file, 'utf8'), file, 1, ['from', 'to', 'note'])) {
    folds.set(cells[0]!, cells[1] ?? '');
  }
  return folds;
}

const LETTER_FOLDS = loadLetterFolds();
// (one pass finds them all; most texts hold none)
const FOLDABLE = anyOf([...LETTER_FOLDS.keys()], 'gu');

/** A pattern matching any of `chars` (none: a pattern that matches nothing). */
function anyOf(chars: readonly string[], flags: string): RegExp {
  return new RegExp(`[${chars.map((ch) => ch.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, flags);
}

function foldLetters(text: string): string {
  return text.replace(FOLDABLE, (ch) => LETTER_FOLDS.get(ch)!);
}

/** Printable ASCII with a fold of its own (the backtick, an ayn typed so): most Latin names hold none, and skip folding. */
const ASCII_FOLDABLE = anyOf([...LETTER_FOLDS.keys()].filter((ch) => /^[\x20-\x7e]$/.test(ch)), '');

/**
 * Vietnamese đ is a plain d (Đà Nẵng, Đan Mạch), not the South Slavic dj letters.tsv folds it into. The
 * other language that writes đ marks letters only with a caron or an acute (č ć š ž), so a name with đ
 * and a grave, tilde, circumflex, breve, hook above, horn or dot below is Vietnamese.
 */
const VIETNAMESE_ONLY = /[\u0300\u0302\u0303\u0306\u0309\u031B\u0323]/u;
const VIETNAMESE_D = /đ/gu;

function foldVietnameseD(lowered: string): string {
  return lowered.includes('đ') && VIETNAMESE_ONLY.test(lowered.normalize('NFD')) ? lowered.replace(VIETNAMESE_D, 'd') : lowered;
}

const MARK = /\p{M}/u;

function stripOptionalMarks(text: string): string {
  const decomposed = greekPairsSaidApart(text.normalize('NFD'));
  // (no marks: the text is composed already, NFKC saw to that)
  if (!MARK.test(decomposed)) return text;
  let out = '';
  let baseScript = 'Common';
  let base = '';
  for (const ch of decomposed) {
    const cp = ch.codePointAt(0)!;
    if (isMark(cp)) {
      if (!STRIPPED_MARK_SCRIPTS.has(baseScript) || KEPT_MARKS.has(base + ch)) out += ch;
      continue;
    }
    base = ch;
    baseScript = scriptOf(cp);
    out += ch;
  }
  return out.normalize('NFC');
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The normalised form of a text: the same function serves tables and queries. Idempotent. */
export function normaliseText(text: string): string {
  // Printable ASCII (most Latin names) has nothing to compose, strip or hide: only case and folds apply.
  if (PRINTABLE_ASCII.test(text)) {
    const lower = text.toLowerCase();
    return (ASCII_FOLDABLE.test(lower) ? foldLetters(foldLetters(lower)) : lower).replace(/\s+/gu, ' ').trim();
  }
  return normaliseTextFully(text);
}

/** normaliseText without the ASCII shortcut (exported for the test that checks the two agree). */
export function normaliseTextFully(text: string): string {
  const folded = foldLetters(foldVietnameseD(text.replace(SILENT_HE, 'ە').replace(INVISIBLE, '').normalize('NFKC').replace(SYMBOLS, ' ').toLowerCase()));
  // Folding again after stripping catches letters that only appear once marks are gone (cheap).
  // (symbols again too: stripping a mark may leave one, ↮ is ↔ with a stroke)
  // (last, on base letters: a mark stripped may leave a Latin e inside a Cyrillic word)
  return unmixScripts(foldLetters(stripOptionalMarks(folded))).replace(SYMBOLS, ' ').replace(/\s+/gu, ' ').trim();
}

/** The dominant script of a word, by unicode-properties (Common/Inherited characters do not vote). */
export function scriptOfWord(word: string): string {
  const votes = new Map<string, number>();
  for (const ch of word) {
    const script = scriptOf(ch.codePointAt(0)!);
    if (script === 'Common' || script === 'Inherited' || script === 'Unknown') continue;
    votes.set(script, (votes.get(script) ?? 0) + 1);
  }
  let best = 'Common';
  let bestVotes = 0;
  for (const [script, count] of votes) {
    if (count > bestVotes) {
      best = script;
      bestVotes = count;
    }
  }
  return best;
}
