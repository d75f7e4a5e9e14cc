/**
 * The Reconciliation Service API 0.2 (what OpenRefine speaks) as pure functions: a request
 * description in, a response description out. No sockets here, so every route is testable directly.
 */
import type { Resolver } from '../resolver.js';
import { normaliseText, scriptOfWord } from '../normalise/index.js';
import { transliterate } from '../transliterate/index.js';
import { ENTITY_TYPES, type Entity, type EntityType, type Resolution } from '../types.js';

export interface ApiRequest {
  method: string;
  /** path below the service root, e.g. "/reconcile" or "/reconcile/suggest/entity" */
  path: string;
  query: URLSearchParams;
  /** form-encoded POST body fields */
  form?: URLSearchParams | undefined;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ServiceSettings {
  /** public base URL of the service root, no trailing slash (manifest URLs must be absolute) */
  baseUrl: string;
  /** most queries one reconcile batch may hold */
  maxBatch: number;
}

export const ENDPOINT = '/reconcile';
const TYPE_NAMES: Record<EntityType, string> = { person: 'Person', place: 'Place', organization: 'Organization', other: 'Other' };
const PROPERTIES = [
  { id: 'aliases', name: 'Aliases', description: 'other names of the entity, in every script' },
  { id: 'country', name: 'Country', description: 'ISO 3166-1 alpha-2 code' },
  { id: 'wikidata', name: 'Wikidata id', description: 'Wikidata item id' },
  { id: 'description', name: 'Description', description: 'what the entity is' },
  { id: 'type', name: 'Type', description: 'person, place, organization or other' },
] as const;
const SUGGEST_PAGE = 10;
const MAX_QUERY_LENGTH = 1000;

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'Content-Type, Accept',
  'access-control-max-age': '86400',
};

function json(status: number, value: unknown, callback?: string | null): ApiResponse {
  const body = JSON.stringify(value);
  if (callback) return { status, headers: { ...CORS, 'content-type': 'application/javascript; charset=utf-8' }, body: `${callback}(${body});` };
  return { status, headers: { ...CORS, 'content-type': 'application/json; charset=utf-8' }, body };
}

export function error(status: number, message: string): ApiResponse {
  return json(status, { error: message, status });
}

function html(body: string): ApiResponse {
  return { status: 200, headers: { ...CORS, 'content-type': 'text/html; charset=utf-8' }, body };
}

export function manifest(settings: ServiceSettings): object {
  const base = settings.baseUrl + ENDPOINT;
  return {
    versions: ['0.2'],
    name: 'onoma: transliteration-aware name resolution',
    identifierSpace: `${settings.baseUrl}/entity/`,
    schemaSpace: `${settings.baseUrl}/type/`,
    serviceVersion: '0.1.0',
    defaultTypes: ENTITY_TYPES.map((id) => ({ id, name: TYPE_NAMES[id] })),
    view: { url: `${base}/preview?id={{id}}` },
    preview: { url: `${base}/preview?id={{id}}`, width: 400, height: 220 },
    suggest: {
      entity: { service_url: base, service_path: '/suggest/entity' },
      type: { service_url: base, service_path: '/suggest/type' },
      property: { service_url: base, service_path: '/suggest/property' },
    },
    extend: {
      propose_properties: { service_url: base, service_path: '/propose_properties' },
      property_settings: [],
    },
    batchSize: settings.maxBatch,
  };
}

/** A JSONP callback must be a plain identifier path, never code. */
function callbackOf(query: URLSearchParams): string | null | undefined {
  const callback = query.get('callback');
  if (callback === null) return null;
  return /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(callback) && callback.length <= 100 ? callback : undefined;
}

interface ReconQuery {
  query?: unknown;
  type?: unknown;
  limit?: unknown;
  properties?: unknown;
  type_strict?: unknown;
}

function typeFilter(type: unknown): EntityType | undefined | null {
  const types = (Array.isArray(type) ? type : type === undefined ? [] : [type]).filter((t): t is string => typeof t === 'string');
  if (types.length === 0) return undefined;
  const known = types.find((t) => (ENTITY_TYPES as readonly string[]).includes(t));
  return known ? (known as EntityType) : null; // null: only types onoma does not have
}

function candidatesOf(result: Resolution, data: ServiceData): object[] {
  return result.candidates.map((candidate, rank) => {
    const entity = data.byId.get(candidate.id);
    const comparison = rank === 0 ? result.explanation.match?.comparison : undefined;
    const features = [
      { id: 'onoma_score', value: candidate.score },
      ...(comparison
        ? [
            { id: 'token_alignment', value: round(comparison.features.alignment) },
            { id: 'string_similarity', value: round(comparison.features.stringSimilarity) },
            { id: 'key_match', value: comparison.pairs.some((p) => p.evidence !== 'weak') },
          ]
        : []),
    ];
    return {
      id: candidate.id,
      name: candidate.name,
      type: [{ id: candidate.type, name: TYPE_NAMES[candidate.type] }],
      description: describe(entity, candidate.alias),
      score: Math.round(candidate.score * 100),
      match: rank === 0 && result.status === 'matched',
      features,
    };
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function describe(entity: Entity | undefined, alias: string): string {
  const parts = [entity?.description, entity?.country ? `country ${entity.country}` : undefined, alias !== entity?.name ? `matched "${alias}"` : undefined];
  return parts.filter(Boolean).join('; ');
}

export function reconcile(text: string, data: ServiceData, settings: ServiceSettings): ApiResponse {
  const { resolver } = data;
  let batch: unknown;
  try {
    batch = JSON.parse(text);
  } catch (e) {
    return error(400, `queries is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof batch !== 'object' || batch === null || Array.isArray(batch)) return error(400, 'queries must be a JSON object mapping keys (q0, q1, …) to queries');
  const entries = Object.entries(batch as Record<string, ReconQuery>);
  if (entries.length > settings.maxBatch) return error(413, `too many queries in one batch: ${entries.length} (at most ${settings.maxBatch}, the manifest's batchSize)`);
  const out: Record<string, { result: object[] }> = {};
  for (const [key, q] of entries) {
    if (typeof q !== 'object' || q === null) return error(400, `query "${key}" must be an object`);
    if (typeof q.query !== 'string') {
      if (Array.isArray(q.properties) && q.properties.length > 0) {
        out[key] = { result: [] }; // property-only queries: onoma matches names, so nothing to offer
        continue;
      }
      return error(400, `query "${key}" needs a "query" string`);
    }
    if (q.query.length > MAX_QUERY_LENGTH) return error(400, `query "${key}" is longer than ${MAX_QUERY_LENGTH} characters`);
    if (q.limit !== undefined && (!Number.isInteger(q.limit) || (q.limit as number) < 0)) return error(400, `query "${key}": limit must be a whole number`);
    const type = typeFilter(q.type);
    if (type === null) {
      out[key] = { result: [] };
      continue;
    }
    // An entity id given as the query comes back as a candidate (the spec asks for it).
    const byId = data.byId.get(q.query);
    const result = resolver.resolve(q.query, { type, limit: (q.limit as number | undefined) || 5 });
    const candidates = candidatesOf(result, data);
    if (byId && !result.candidates.some((c) => c.id === byId.id)) {
      candidates.unshift({ id: byId.id, name: byId.name, type: [{ id: byId.type, name: TYPE_NAMES[byId.type] }], description: describe(byId, byId.name), score: 100, match: true, features: [{ id: 'id_match', value: true }] });
    }
    out[key] = { result: candidates };
  }
  return json(200, out);
}

export interface SuggestIndex {
  /** normalised forms (and their transliterations), sorted, each with its entity index */
  forms: { form: string; entity: number }[];
}

/** What the service answers from: the resolver and the lookups built once per table load. */
export interface ServiceData {
  resolver: Resolver;
  suggest: SuggestIndex;
  byId: Map<string, Entity>;
}

export function buildServiceData(resolver: Resolver): ServiceData {
  return { resolver, suggest: buildSuggestIndex(resolver), byId: new Map(resolver.entities.map((e) => [e.id, e])) };
}

export function buildSuggestIndex(resolver: Resolver): SuggestIndex {
  const forms: { form: string; entity: number }[] = [];
  resolver.entities.forEach((entity, index) => {
    const seen = new Set<string>();
    for (const name of [entity.name, ...entity.aliases.map((a) => a.name)]) {
      const form = normaliseText(name);
      for (const f of [form, transliterate(form)]) {
        if (!seen.has(f)) forms.push({ form: f, entity: index });
        seen.add(f);
      }
    }
  });
  forms.sort((a, b) => (a.form < b.form ? -1 : a.form > b.form ? 1 : a.entity - b.entity));
  return { forms };
}

function suggestEntities(prefixText: string, cursor: number, data: ServiceData): object {
  const { resolver, suggest: index } = data;
  const prefix = normaliseText(prefixText);
  const result: object[] = [];
  if (!prefix) return { result };
  // Binary search for the first form ≥ prefix, then walk while forms start with it.
  let lo = 0;
  let hi = index.forms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.forms[mid]!.form < prefix) lo = mid + 1;
    else hi = mid;
  }
  const seen = new Set<number>();
  const hits: number[] = [];
  for (let i = lo; i < index.forms.length && index.forms[i]!.form.startsWith(prefix); i++) {
    const entity = index.forms[i]!.entity;
    if (!seen.has(entity)) hits.push(entity);
    seen.add(entity);
    if (hits.length >= cursor + SUGGEST_PAGE) break;
  }
  const exactId = data.byId.get(prefixText);
  const byId = exactId ? resolver.entities.indexOf(exactId) : -1;
  if (byId >= 0 && !seen.has(byId)) hits.unshift(byId);
  for (const entityIndex of hits.slice(cursor, cursor + SUGGEST_PAGE)) {
    const entity = resolver.entities[entityIndex]!;
    result.push({ id: entity.id, name: entity.name, description: describe(entity, entity.name), notable: [{ id: entity.type, name: TYPE_NAMES[entity.type] }] });
  }
  return { result };
}

function suggestList(prefixText: string, items: readonly { id: string; name: string }[]): object {
  const prefix = normaliseText(prefixText);
  return { result: items.filter((item) => normaliseText(item.name).startsWith(prefix) || item.id.startsWith(prefix)).map(({ id, name }) => ({ id, name })) };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A small HTML page, no JavaScript (OpenRefine shows it in a sandboxed iframe): name, type, aliases by script. */
export function previewHtml(entity: Entity): string {
  const byScript = new Map<string, string[]>();
  for (const alias of entity.aliases) {
    const script = alias.script ?? scriptLabel(alias.name);
    byScript.set(script, [...(byScript.get(script) ?? []), alias.name]);
  }
  const rows = [...byScript].map(([script, names]) => `<tr><th>${escapeHtml(script)}</th><td>${names.map((n) => `<span dir="auto">${escapeHtml(n)}</span>`).join(', ')}</td></tr>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(entity.name)}</title><style>body{font:13px sans-serif;margin:8px}h1{font-size:16px;margin:0 0 4px}p{margin:0 0 6px;color:#555}th{text-align:left;vertical-align:top;padding-right:8px;color:#777;font-weight:normal}</style></head><body><h1>${escapeHtml(entity.name)}</h1><p>${escapeHtml(TYPE_NAMES[entity.type])}${entity.country ? ` · ${escapeHtml(entity.country)}` : ''}${entity.description ? ` · ${escapeHtml(entity.description)}` : ''} · <code>${escapeHtml(entity.id)}</code></p><table>${rows}</table></body></html>`;
}

function scriptLabel(name: string): string {
  return scriptOfWord(normaliseText(name));
}

function extendValues(entity: Entity, property: string): object[] {
  switch (property) {
    case 'aliases':
      return entity.aliases.map((a) => ({ str: a.name }));
    case 'country':
    case 'wikidata':
    case 'description':
      return entity[property] ? [{ str: entity[property]! }] : [];
    case 'type':
      return [{ str: entity.type }];
    default:
      return [];
  }
}

export function extend(text: string, data: ServiceData): ApiResponse {
  let query: { ids?: unknown; properties?: unknown };
  try {
    query = JSON.parse(text) as typeof query;
  } catch (e) {
    return error(400, `extend is not valid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(query.ids) || !query.ids.every((id) => typeof id === 'string')) return error(400, 'extend needs "ids": an array of entity ids');
  if (!Array.isArray(query.properties) || !query.properties.every((p) => typeof p === 'object' && p && typeof (p as { id?: unknown }).id === 'string')) {
    return error(400, 'extend needs "properties": an array of {"id": …}');
  }
  const properties = (query.properties as { id: string }[]).map((p) => p.id);
  const meta = properties.map((id) => ({ id, name: PROPERTIES.find((p) => p.id === id)?.name ?? id }));
  const rows: Record<string, Record<string, object[]>> = {};
  for (const id of query.ids as string[]) {
    const entity = data.byId.get(id);
    rows[id] = Object.fromEntries(properties.map((p) => [p, entity ? extendValues(entity, p) : []]));
  }
  return json(200, { meta, rows });
}

/** Route one request. Pure: the resolver and indexes are passed in. */
export function handle(request: ApiRequest, data: ServiceData, settings: ServiceSettings): ApiResponse {
  if (request.method === 'OPTIONS') return { status: 204, headers: { ...CORS }, body: '' };
  if (request.method !== 'GET' && request.method !== 'POST') return error(405, `method ${request.method} is not supported (use GET or POST)`);
  const params = request.form ?? request.query;
  const path = request.path.replace(/\/+$/, '') || '/';
  if (path === ENDPOINT || path === '/') {
    const queries = params.get('queries') ?? request.query.get('queries');
    if (queries !== null) return reconcile(queries, data, settings);
    const extendText = params.get('extend') ?? request.query.get('extend');
    if (extendText !== null) return extend(extendText, data);
    const callback = callbackOf(request.query);
    if (callback === undefined) return error(400, 'callback must be a JavaScript identifier');
    return json(200, manifest(settings), callback);
  }
  const cursor = Number(request.query.get('cursor') ?? 0);
  if (!Number.isInteger(cursor) || cursor < 0) return error(400, 'cursor must be a whole number ≥ 0');
  const prefix = request.query.get('prefix') ?? '';
  switch (path) {
    case `${ENDPOINT}/suggest/entity`:
      return json(200, suggestEntities(prefix, cursor, data), callbackOf(request.query) ?? null);
    case `${ENDPOINT}/suggest/type`:
      return json(200, suggestList(prefix, ENTITY_TYPES.map((id) => ({ id, name: TYPE_NAMES[id] }))), callbackOf(request.query) ?? null);
    case `${ENDPOINT}/suggest/property`:
      return json(200, suggestList(prefix, PROPERTIES), callbackOf(request.query) ?? null);
    case `${ENDPOINT}/propose_properties`: {
      const type = request.query.get('type') ?? '';
      const limit = Number(request.query.get('limit') ?? PROPERTIES.length);
      return json(200, { type, properties: PROPERTIES.slice(0, Math.max(0, limit)).map(({ id, name, description }) => ({ id, name, description })), ...(request.query.has('limit') ? { limit } : {}) }, callbackOf(request.query) ?? null);
    }
    case `${ENDPOINT}/preview`: {
      const id = request.query.get('id') ?? '';
      const entity = data.byId.get(id);
      if (!entity) return { status: 404, headers: { ...CORS, 'content-type': 'text/html; charset=utf-8' }, body: `<!doctype html><p>No entity with id ${escapeHtml(id)}</p>` };
      return html(previewHtml(entity));
    }
    default:
      return error(404, `no such route: ${path} (the service lives at ${ENDPOINT})`);
  }
}
