/**
 * The REPL's behaviour as pure functions, so it is testable without a terminal:
 * a bare line is a lookup; the dot-commands change the session state.
 */
import type { Resolver } from '../resolver.js';
import { renderExplanation } from '../explain/index.js';
import { ENTITY_TYPES, type EntityType, type Resolution } from '../types.js';

export interface ReplState {
  resolver: Resolver;
  explain: boolean;
  type: EntityType | undefined;
  limit: number;
}

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** Right-to-left text inside left-to-right output: isolate it so the terminal does not reorder the line. */
export function isolate(text: string): string {
  return RTL.test(text) ? `\u2068${text}\u2069` : text;
}

export function formatLookup(result: Resolution, state: ReplState): string {
  const lines: string[] = [];
  const shownQuery = isolate(result.query);
  const transliterated = result.explanation.transliteration;
  lines.push(`${shownQuery}${RTL.test(result.query) || /[^\x00-\x7F]/.test(result.query) ? `  [${transliterated}]` : ''}`);
  if (result.status === 'matched' && result.entity) lines.push(`  ✔ ${result.entity.name}  (${result.entity.id}, ${result.entity.type})  score ${result.score.toFixed(2)}`);
  else if (result.status === 'ambiguous') lines.push(`  ? ambiguous  score ${result.score.toFixed(2)}`);
  else lines.push(`  ✘ unmatched  best score ${result.score.toFixed(2)}`);
  if (result.candidates.length) {
    lines.push('  candidates:');
    for (const c of result.candidates) lines.push(`    ${c.score.toFixed(2)}  ${c.name}  (${c.id})  via "${isolate(c.alias)}"`);
  }
  if (state.explain) for (const line of renderExplanation(result.explanation)) lines.push('  ' + isolate(line));
  else lines.push(`  ${result.explanation.decision}  (.explain for why)`);
  return lines.join('\n');
}

export function lookup(line: string, state: ReplState): string {
  const name = line.trim();
  if (!name) return '';
  return formatLookup(state.resolver.resolve(name, { type: state.type, limit: state.limit }), state);
}

/** `.type person` / `.type any` */
export function setType(argument: string, state: ReplState): string {
  const value = argument.trim();
  if (!value || value === 'any' || value === 'all') {
    state.type = undefined;
    return 'type filter off: all entity types';
  }
  if (!(ENTITY_TYPES as readonly string[]).includes(value)) return `unknown type "${value}"; use one of ${ENTITY_TYPES.join(', ')} or "any"`;
  state.type = value as EntityType;
  return `only ${value} entities from now on`;
}

/** `.explain` toggles; `.explain NAME` explains one name. */
export function explain(argument: string, state: ReplState): string {
  if (argument.trim()) return formatLookup(state.resolver.resolve(argument.trim(), { type: state.type, limit: state.limit }), { ...state, explain: true });
  state.explain = !state.explain;
  return `explanations ${state.explain ? 'on' : 'off'}`;
}

/** Words to complete from: canonical names and aliases (Latin forms first, sorted). */
export function completionWords(resolver: Resolver): string[] {
  const words = new Set<string>();
  for (const entity of resolver.entities) {
    words.add(entity.name);
    for (const alias of entity.aliases) words.add(alias.name);
  }
  return [...words].sort((a, b) => a.localeCompare(b));
}

export function complete(words: string[], line: string): [string[], string] {
  const prefix = line.trimStart();
  if (prefix.startsWith('.')) return [[], line];
  const lower = prefix.toLowerCase();
  const hits = words.filter((w) => w.toLowerCase().startsWith(lower)).slice(0, 50);
  return [hits, prefix];
}
