/**
 * onoma serve: a real server on 127.0.0.1 (ephemeral port); every response shape validated with Ajv
 * against the official Reconciliation API 0.2 schemas, including OpenRefine's exact request forms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { startServer, type RunningServer } from '../src/server/http.js';
import { DEFAULT_TABLES } from '../src/index.js';
import { scratchDir } from './helpers.js';

const schemaDir = fileURLToPath(new URL('./fixtures/reconciliation-0.2/', import.meta.url));
const ajv = new Ajv({ strict: false, allErrors: true });
(addFormatsModule as unknown as (a: Ajv) => void)(ajv);
for (const file of readdirSync(schemaDir)) ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')));
const schema = (name: string) => {
  const id = (JSON.parse(readFileSync(path.join(schemaDir, name), 'utf8')) as { $id: string }).$id;
  return (value: unknown) => {
    const validate = ajv.getSchema(id)!;
    const ok = validate(value);
    if (!ok) throw new Error(`${name}: ${ajv.errorsText(validate.errors)}`);
    return true;
  };
};

let running: RunningServer;
const logs: Record<string, unknown>[] = [];
beforeAll(async () => {
  running = await startServer({ tables: DEFAULT_TABLES, host: '127.0.0.1', port: 0, log: (e) => logs.push(e) });
});
afterAll(async () => running.close());

const get = (p: string) => fetch(running.url + p);
const postForm = (field: string, value: unknown) =>
  fetch(running.url + '/reconcile', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ [field]: JSON.stringify(value) }).toString() });

describe('reconciliation service 0.2', () => {
  it('serves a valid manifest with absolute URLs and CORS', async () => {
    const res = await get('/reconcile');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const manifest = (await res.json()) as { view: { url: string }; suggest: { entity: { service_url: string } }; defaultTypes: { id: string }[] };
    expect(schema('manifest.json')(manifest)).toBe(true);
    expect(manifest.view.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/reconcile\/preview\?id=\{\{id\}\}$/);
    expect(manifest.suggest.entity.service_url.startsWith(running.url)).toBe(true);
    expect(manifest.defaultTypes.map((t) => t.id)).toEqual(['person', 'place', 'organization', 'other']);
  });

  it('answers JSONP for the manifest, and refuses a callback that is not an identifier', async () => {
    const res = await get('/reconcile?callback=jQuery123_456');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(await res.text()).toMatch(/^jQuery123_456\(\{"versions":\["0\.2"\]/);
    expect((await get('/reconcile?callback=alert(1)')).status).toBe(400);
  });

  it('reconciles OpenRefine\'s exact POST (form field queries, q0…q9, type + type_strict, limit)', async () => {
    const names = ['Hifter', 'Bougadoum', 'Ludrian', 'حفتر', 'Хафтар', 'Florence Barley', 'Al-Jafra', 'Libye', 'Nobody Atall', 'Qaddafi'];
    const queries = Object.fromEntries(names.map((query, i) => [`q${i}`, i === 1 ? { query, type: 'person', type_strict: 'should', limit: 3 } : { query }]));
    expect(schema('reconciliation-query-batch.json')(queries)).toBe(true);
    const res = await postForm('queries', queries);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await res.json()) as Record<string, { result: { id: string; score: number; match: boolean; features: { id: string }[] }[] }>;
    expect(schema('reconciliation-result-batch.json')(body)).toBe(true);
    expect(Object.keys(body)).toEqual(Object.keys(queries));
    expect(body.q0!.result[0]).toMatchObject({ id: 'khalifa-haftar', match: true, score: 100 });
    expect(body.q1!.result.length).toBeLessThanOrEqual(3);
    expect(body.q3!.result[0]!.id).toBe('khalifa-haftar');
    expect(body.q8!.result.every((c) => !c.match)).toBe(true);
    expect(body.q0!.result[0]!.features.map((f) => f.id)).toEqual(expect.arrayContaining(['onoma_score', 'token_alignment', 'string_similarity', 'key_match']));
    for (const { result } of Object.values(body)) {
      const scores = result.map((c) => c.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('reconciles GET ?queries= and the type-guessing request', async () => {
    const res = await get('/reconcile?queries=' + encodeURIComponent(JSON.stringify({ q0: { query: 'Tobrouk', limit: 3 }, q1: { query: 'tobruk' } })));
    const body = await res.json();
    expect(schema('reconciliation-result-batch.json')(body)).toBe(true);
  });

  it('returns an entity given by id as a candidate', async () => {
    const body = (await (await postForm('queries', { q0: { query: 'country:LY' } })).json()) as Record<string, { result: { id: string }[] }>;
    expect(body.q0!.result[0]!.id).toBe('country:LY');
  });

  it('suggests entities by prefix (with cursor), types and properties', async () => {
    const entity = await (await get('/reconcile/suggest/entity?prefix=haf')).json();
    expect(schema('suggest-entities-response.json')(entity)).toBe(true);
    expect((entity as { result: { id: string }[] }).result[0]!.id).toBe('khalifa-haftar');
    const arabic = (await (await get('/reconcile/suggest/entity?prefix=' + encodeURIComponent('حفت'))).json()) as { result: { id: string }[] };
    expect(arabic.result[0]!.id).toBe('khalifa-haftar');
    const page2 = (await (await get('/reconcile/suggest/entity?prefix=s&cursor=10'))).json() as Promise<{ result: unknown[] }>;
    expect((await page2).result.length).toBeGreaterThan(0);
    expect(schema('suggest-types-response.json')(await (await get('/reconcile/suggest/type?prefix=pe')).json())).toBe(true);
    expect(schema('suggest-properties-response.json')(await (await get('/reconcile/suggest/property?prefix=al')).json())).toBe(true);
  });

  it('previews an entity as HTML without JavaScript, aliases by script', async () => {
    const res = await get('/reconcile/preview?id=khalifa-haftar');
    const text = await res.text();
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(text).toContain('Khalifa Haftar');
    expect(text).toContain('<th>Arabic</th>');
    expect(text).not.toMatch(/<script/i);
    expect((await get('/reconcile/preview?id=nope')).status).toBe(404);
  });

  it('proposes and extends properties (aliases, country, wikidata)', async () => {
    const proposal = await (await get('/reconcile/propose_properties?type=person')).json();
    expect(schema('data-extension-property-proposal.json')(proposal)).toBe(true);
    const query = { ids: ['angela-merkel', 'country:LY', 'missing'], properties: [{ id: 'aliases' }, { id: 'country' }, { id: 'wikidata' }] };
    expect(schema('data-extension-query.json')(query)).toBe(true);
    const body = (await (await postForm('extend', query)).json()) as { rows: Record<string, Record<string, { str: string }[]>> };
    expect(schema('data-extension-response.json')(body)).toBe(true);
    expect(body.rows['angela-merkel']!.wikidata).toEqual([{ str: 'Q567' }]);
    expect(body.rows['country:LY']!.aliases!.map((v) => v.str)).toContain('ليبيا');
    expect(body.rows.missing!.aliases).toEqual([]);
  });

  it('answers preflights', async () => {
    const res = await fetch(running.url + '/reconcile', { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('rejects bad input with a 400/413 JSON error that says what was wrong, and keeps serving', async () => {
    const malformed = await fetch(running.url + '/reconcile', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'queries=%7Bnot%20json' });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: string }).error).toMatch(/not valid JSON/);
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`q${i}`, { query: 'x' }]));
    const tooMany = await postForm('queries', many);
    expect(tooMany.status).toBe(413);
    expect(((await tooMany.json()) as { error: string }).error).toMatch(/too many queries/);
    const huge = await fetch(running.url + '/reconcile', { method: 'POST', body: 'queries=' + 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect((await postForm('queries', { q0: { limit: 3 } })).status).toBe(400);
    expect((await get('/nowhere')).status).toBe(404);
    expect((await get('/reconcile')).status).toBe(200);
  });

  it('logs requests without their query text', () => {
    expect(logs.some((l) => l.path === '/reconcile' && l.status === 200)).toBe(true);
    expect(JSON.stringify(logs)).not.toContain('Hifter');
  });
});

describe('table reload (SIGHUP)', () => {
  it('swaps in new tables, and keeps the old ones when the new ones are broken', async () => {
    const dir = scratchDir('onoma-serve-');
    const table = path.join(dir, 't.jsonl');
    writeFileSync(table, '{"id":"a","name":"Zorbatov","type":"person"}\n');
    const log: Record<string, unknown>[] = [];
    const server = await startServer({ tables: [table], host: '127.0.0.1', port: 0, log: (e) => log.push(e) });
    const ask = async (q: string) =>
      ((await (await fetch(server.url + '/reconcile?queries=' + encodeURIComponent(JSON.stringify({ q0: { query: q } })))).json()) as Record<string, { result: { id: string }[] }>).q0!.result[0]?.id;
    try {
      expect(await ask('Zorbatof')).toBe('a');
      writeFileSync(table, '{"id":"b","name":"Quintanilla","type":"person"}\n');
      expect(server.reload()).toBe(true);
      expect(await ask('Quintanila')).toBe('b');
      writeFileSync(table, '{"id":"b","name":"Quintanilla","type":"nonsense"}\n');
      expect(server.reload()).toBe(false);
      expect(JSON.stringify(log)).toMatch(/reload failed, still serving the previous tables/);
      expect(await ask('Quintanila')).toBe('b');
    } finally {
      await server.close();
    }
  });
});
