/**
 * The stage order, written once: normalise → transliterate → parse name parts → keys.
 * analyseName() is what tables and queries both go through; the candidate index, the scorer
 * and the explanation read its result.
 */
import { normaliseText } from './normalise/index.js';
import { parseName, type Token } from './parse/index.js';
import { phoneticCode, skeletons } from './keys/index.js';

export interface KeyedToken extends Token {
  code: string;
  skeletons: string[];
}

export interface AnalysedName {
  input: string;
  normalised: string;
  titles: string[];
  tokens: KeyedToken[];
  /** tokens that carry the name (particles are optional when comparing) */
  core: KeyedToken[];
  /** the whole name as one code, particles included (Le Drian → lidrian) and excluded (drian) */
  joined: { code: string; coreCode: string; abjad: boolean };
  /** exact-match key: core tokens' Latin forms, sorted (order-insensitive) */
  exactKey: string;
  /** candidate-index keys: token skeletons and whole-name skeletons */
  keys: string[];
}

function keyToken(token: Token): KeyedToken {
  const code = phoneticCode(token.marked);
  return { ...token, code, skeletons: skeletons(code) };
}

export function analyseName(input: string): AnalysedName {
  const normalised = normaliseText(input);
  const parsed = parseName(normalised);
  const tokens = parsed.tokens.map(keyToken).filter((t) => t.code.length > 0);
  const core = tokens.some((t) => !t.particle) ? tokens.filter((t) => !t.particle) : tokens;
  const abjad = tokens.some((t) => t.abjad);
  const joinedCode = phoneticCode(tokens.map((t) => t.marked).join(''));
  const coreCode = phoneticCode(core.map((t) => t.marked).join(''));
  const keys = new Set<string>();
  for (const token of core) if (!token.initial) for (const s of token.skeletons) keys.add(s);
  if (core.length > 1 || tokens.length > core.length) {
    for (const s of skeletons(joinedCode)) keys.add('=' + s);
    for (const s of skeletons(coreCode)) keys.add('=' + s);
  } else {
    for (const s of skeletons(coreCode)) keys.add('=' + s);
  }
  return {
    input,
    normalised,
    titles: parsed.titles,
    tokens,
    core,
    joined: { code: joinedCode, coreCode, abjad },
    exactKey: core.map((t) => t.latin).sort().join(' '),
    keys: [...keys],
  };
}
