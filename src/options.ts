/** Defaults of the resolver, grouped by stage; resolveOptions() checks and fills user options. */
import { OnomaError } from './errors.js';
import type { DecideOptions } from './decide.js';

export interface ResolverOptions extends DecideOptions {
  /** how many table forms the candidate index hands to the scorer */
  candidatePool: number;
  /** how many candidates a resolution lists */
  limit: number;
}

export const DEFAULTS: Readonly<ResolverOptions> = Object.freeze({
  matchThreshold: 0.85,
  ambiguityMargin: 0.05,
  candidatePool: 25,
  limit: 5,
});

export function resolveOptions(options: Partial<ResolverOptions> = {}): ResolverOptions {
  const merged = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as ResolverOptions;
  for (const key of ['matchThreshold', 'ambiguityMargin'] as const) {
    const value = merged[key];
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      throw new OnomaError('E_OPTION', `${key} must be a number from 0 to 1, got ${String(value)}`);
    }
  }
  for (const key of ['candidatePool', 'limit'] as const) {
    const value = merged[key];
    if (!Number.isInteger(value) || value < 1) throw new OnomaError('E_OPTION', `${key} must be a whole number ≥ 1, got ${String(value)}`);
  }
  return merged;
}
