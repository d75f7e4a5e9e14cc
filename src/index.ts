/** onoma's public entry: everything else is internal. */
export { createResolver } from './resolver.js';
export type { CreateResolverOptions, ResolveOptions, Resolver } from './resolver.js';
export { analyseName } from './pipeline.js';
export type { AnalysedName, KeyedToken } from './pipeline.js';
export { normaliseText, scriptOfWord } from './normalise/index.js';
export { transliterate, transliterateWord } from './transliterate/index.js';
export { parseName } from './parse/index.js';
export { phoneticCode, skeletons } from './keys/index.js';
export { compareNames } from './score/index.js';
export { decide } from './decide.js';
export { renderExplanation } from './explain/index.js';
export { loadTables, parseTable, crossCheck, formatProblem } from './tables/load.js';
export { DEFAULTS, resolveOptions } from './options.js';
export { DEFAULT_TABLES } from './data/paths.js';
export { OnomaError } from './errors.js';
export type { OnomaErrorCode } from './errors.js';
export type { Alias, Candidate, Comparison, Entity, EntityInput, EntityType, Explanation, Resolution, Status } from './types.js';
export { ENTITY_TYPES } from './types.js';
