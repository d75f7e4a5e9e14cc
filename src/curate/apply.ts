/**
 * Merge a reviewed cluster file into a JSON Lines table. Accepted aliases are added with provenance
 * (source file, date); an alias is never duplicated and never moved from one entity to another
 * silently: such conflicts are listed and left for the curator. Rows keep their order and their
 * text when untouched, so the table stays diff-friendly. Applying the same review twice changes nothing.
 */
import { normaliseText } from '../normalise/index.js';
import { OnomaError } from '../errors.js';
import type { EntityType } from '../types.js';
import type { Cluster } from './cluster.js';

interface Row {
  id: string;
  name: string;
  type: string;
  aliases?: (string | { name: string; [k: string]: unknown })[];
  [k: string]: unknown;
}

export interface ApplyResult {
  /** the table's new text */
  text: string;
  added: { id: string; alias: string }[];
  created: { id: string; name: string }[];
  conflicts: { cluster: string; variant: string; wanted: string; claimedBy: string }[];
  unknownIds: { cluster: string; id: string }[];
}

export interface ApplyOptions {
  source: string;
  date: string;
  /** type of entities created by "new" proposals */
  type: EntityType;
}

function aliasName(alias: string | { name: string }): string {
  return typeof alias === 'string' ? alias : alias.name;
}

export function applyReview(tableText: string, tableFile: string, clusters: Cluster[], options: ApplyOptions): ApplyResult {
  const lines = tableText.split(/\r?\n/).filter((l) => l.trim() !== '');
  const rows: Row[] = lines.map((line, i) => {
    try {
      return JSON.parse(line) as Row;
    } catch (e) {
      throw new OnomaError('E_DATA_PARSE', `not valid JSON: ${(e as Error).message}`, { file: tableFile, line: i + 1 });
    }
  });
  const changed = new Set<Row>();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const owner = new Map<string, string>();
  for (const row of rows) for (const form of [row.name, ...(row.aliases ?? []).map(aliasName)]) if (!owner.has(normaliseText(form))) owner.set(normaliseText(form), row.id);
  const result: ApplyResult = { text: '', added: [], created: [], conflicts: [], unknownIds: [] };

  const attach = (cluster: Cluster, row: Row, variants: string[]) => {
    for (const variant of variants) {
      const form = normaliseText(variant);
      const claimedBy = owner.get(form);
      if (claimedBy === row.id) continue; // already there: never duplicated
      if (claimedBy !== undefined) {
        result.conflicts.push({ cluster: cluster.cluster, variant, wanted: row.id, claimedBy });
        continue;
      }
      row.aliases = [...(row.aliases ?? []), { name: variant, source: options.source, added: options.date }];
      owner.set(form, row.id);
      changed.add(row);
      result.added.push({ id: row.id, alias: variant });
    }
  };

  for (const cluster of clusters) {
    const decision = cluster.decision.trim();
    if (decision === '' || decision.toLowerCase() === 'reject') continue;
    const variants = cluster.variants.map((v) => v.name);
    if (decision.toLowerCase() !== 'accept') {
      const row = byId.get(decision);
      if (!row) result.unknownIds.push({ cluster: cluster.cluster, id: decision });
      else attach(cluster, row, variants);
      continue;
    }
    const existing = byId.get(cluster.proposal.id);
    if (existing) {
      attach(cluster, existing, variants);
      continue;
    }
    if (cluster.proposal.action === 'attach') {
      result.unknownIds.push({ cluster: cluster.cluster, id: cluster.proposal.id });
      continue;
    }
    const canonical = cluster.proposal.name;
    const claimedBy = owner.get(normaliseText(canonical));
    if (claimedBy !== undefined) {
      result.conflicts.push({ cluster: cluster.cluster, variant: canonical, wanted: cluster.proposal.id, claimedBy });
      continue;
    }
    const row: Row = { id: cluster.proposal.id, name: canonical, type: options.type, aliases: [], source: `${options.source} (onoma tables apply, ${options.date})` };
    rows.push(row);
    byId.set(row.id, row);
    owner.set(normaliseText(canonical), row.id);
    changed.add(row);
    result.created.push({ id: row.id, name: canonical });
    attach(cluster, row, variants.filter((v) => v !== canonical));
  }
  // Untouched rows keep their exact text; changed and new rows are written compactly, one per line.
  result.text = rows.map((row, i) => (changed.has(row) || i >= lines.length ? JSON.stringify(row) : lines[i]!)).join('\n') + '\n';
  return result;
}
