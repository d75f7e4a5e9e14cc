/** The review file between `onoma cluster` and `onoma tables apply`: CSV (one cluster per row) or JSON Lines. */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Cluster } from './cluster.js';
import { OnomaError } from '../errors.js';

const COLUMNS = ['cluster', 'decision', 'action', 'id', 'name', 'score', 'variants', 'counts', 'reason'];
const SEPARATOR = ' | ';

export function reviewToCsv(clusters: Cluster[]): string {
  const rows = clusters.map((c) => [c.cluster, c.decision, c.proposal.action, c.proposal.id, c.proposal.name, String(c.proposal.score), c.variants.map((v) => v.name).join(SEPARATOR), c.variants.map((v) => String(v.count)).join(SEPARATOR), c.proposal.reason]);
  return stringify([COLUMNS, ...rows]);
}

export function reviewToJsonl(clusters: Cluster[]): string {
  return clusters.map((c) => JSON.stringify(c)).join('\n') + (clusters.length ? '\n' : '');
}

export function readReview(text: string, file: string): Cluster[] {
  if (/\.jsonl?$/i.test(file)) {
    return text
      .split(/\r?\n/)
      .map((line, i) => ({ line, n: i + 1 }))
      .filter(({ line }) => line.trim())
      .map(({ line, n }) => {
        try {
          const c = JSON.parse(line) as Cluster;
          if (!Array.isArray(c.variants) || !c.proposal) throw new Error('missing "variants" or "proposal"');
          return { ...c, decision: String(c.decision ?? '') };
        } catch (e) {
          throw new OnomaError('E_DATA_PARSE', `not a review cluster: ${(e as Error).message}`, { file, line: n });
        }
      });
  }
  const records = parse(text, { bom: true, columns: true, skip_empty_lines: true, info: true }) as { record: Record<string, string>; info: { lines: number } }[];
  return records.map(({ record, info }) => {
    for (const column of ['cluster', 'decision', 'action', 'id', 'name', 'variants']) {
      if (record[column] === undefined) throw new OnomaError('E_DATA_SCHEMA', `review column "${column}" is missing`, { file, line: info.lines, field: column });
    }
    const names = record.variants!.split(SEPARATOR);
    const counts = (record.counts ?? '').split(SEPARATOR).map(Number);
    const action = record.action === 'new' ? 'new' : 'attach';
    return {
      cluster: record.cluster!,
      decision: record.decision!.trim(),
      variants: names.map((name, i) => ({ name, count: counts[i] ?? 1 })),
      proposal: { action, id: record.id!, name: record.name!, score: Number(record.score ?? 0), reason: record.reason ?? '' },
    };
  });
}
