/**
 * Explanation: what each stage did to the query and why the best candidate scored as it did,
 * as data (for JSON output) and as text a person can read (CLI --explain, REPL).
 */
import type { AnalysedName } from '../pipeline.js';
import type { NameComparison } from '../score/index.js';
import type { Explanation } from '../types.js';

export function describeQuery(query: AnalysedName): Pick<Explanation, 'normalised' | 'transliteration' | 'titles' | 'particles' | 'tokens'> {
  return {
    normalised: query.normalised,
    transliteration: query.tokens.map((t) => t.latin).join(' '),
    titles: query.titles,
    particles: query.tokens.filter((t) => t.particle).map((t) => t.text),
    tokens: query.tokens.map((t) => ({ text: t.text, latin: t.latin, script: t.script, code: t.code, keys: t.skeletons })),
  };
}

function pct(x: number): string {
  return x.toFixed(2);
}

export function renderComparison(comparison: NameComparison): string[] {
  const lines: string[] = [];
  if (comparison.joined) lines.push(`matched as one word (particles glued), similarity ${pct(comparison.features.joinedSimilarity)}`);
  for (const pair of comparison.pairs) {
    lines.push(`"${pair.query}" ↔ "${pair.candidate}": ${pair.evidence} (${pct(pair.similarity)})`);
  }
  if (comparison.unmatchedQuery.length) lines.push(`not in the candidate: ${comparison.unmatchedQuery.join(', ')}`);
  if (comparison.unmatchedCandidate.length) lines.push(`not in the query (partial name): ${comparison.unmatchedCandidate.join(', ')}`);
  lines.push(`token alignment ${pct(comparison.features.alignment)}, string similarity ${pct(comparison.features.stringSimilarity)}`);
  return lines;
}

/** The explanation as indented text lines. */
export function renderExplanation(explanation: Explanation): string[] {
  const lines: string[] = [];
  if (explanation.dividedAtCapitals) lines.push(`read as: ${explanation.dividedAtCapitals} (as written, the name matched nothing; divided at its inner capitals, it did)`);
  if (explanation.dividedAfterSurname) lines.push(`read as: ${explanation.dividedAfterSurname} (as written, the name matched nothing; divided after its surname, as Latin spellings divide a Chinese name, it did)`);
  if (explanation.withoutAcronym) lines.push(`read as: ${explanation.withoutAcronym} (as written, the name matched nothing; without the acronym in parentheses after it, it did)`);
  if (explanation.withoutRestatement) lines.push(`read as: ${explanation.withoutRestatement} (as written, the name matched nothing; without another spelling of it in parentheses after it, it did)`);
  if (explanation.withoutCountry) lines.push(`read as: ${explanation.withoutCountry} (as written, the name matched nothing; the place before its last comma did, in the country of the place after it)`);
  if (explanation.baseForms) lines.push(`read as: ${explanation.baseForms} (as written, the name matched nothing; its words without their case endings or clitics did)`);
  if (explanation.placeEnding) lines.push(`read as: ${explanation.placeEnding} (as written, the name matched nothing or was ambiguous; with the ending English gives a place's name, it matched a place, better)`);
  if (explanation.placeOfAdjective) lines.push(`read as: ${explanation.placeOfAdjective} (as written, the name matched nothing or was ambiguous; with an adjective of a place read as the place's name, it matched a place, better)`);
  if (explanation.compoundDivided) lines.push(`read as: ${explanation.compoundDivided} (as written, the name matched nothing; read as a compound, divided after a word of the table, it did)`);
  lines.push(`normalised: ${explanation.normalised}`);
  if (explanation.transliteration !== explanation.normalised) lines.push(`transliterated: ${explanation.transliteration}`);
  if (explanation.titles.length) lines.push(`titles dropped: ${explanation.titles.join(', ')}`);
  if (explanation.particles.length) lines.push(`particles (optional): ${explanation.particles.join(', ')}`);
  lines.push(`keys: ${explanation.tokens.map((t) => `${t.text}→${t.keys.join('|')}`).join(' ')}`);
  if (explanation.match) {
    lines.push(`best form: "${explanation.match.alias}"`);
    for (const line of renderComparison(explanation.match.comparison)) lines.push('  ' + line);
  }
  if (explanation.slip) lines.push(`slip of the pen: "${explanation.slip.word}", no word of the table, taken for "${explanation.slip.as}" (one letter off)`);
  if (explanation.runnerUp) lines.push(`runner-up: ${explanation.runnerUp.name} (${explanation.runnerUp.id}) ${pct(explanation.runnerUp.score)}`);
  lines.push(`decision: ${explanation.decision}`);
  return lines;
}
