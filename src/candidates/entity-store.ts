/**
 * The table's entities as the index and the resolver read them. A query reads a few dozen names and returns one
 * or two entities, so a snapshot keeps its entities as columns (UTF-8 bytes and offsets, read straight from
 * the file) and builds an entity object only when one is asked for: a million objects and three million strings
 * made on load were half of a large snapshot's load time.
 */
import { ENTITY_TYPES, type Alias, type Entity } from '../types.js';

export interface EntityStore {
  readonly count: number;
  /** each entity's type, as an index of ENTITY_TYPES */
  readonly types: Uint8Array;
  /** the entity (the same object each time it is asked for) */
  entity(index: number): Entity;
  id(index: number): string;
  /** one of an entity's texts: 0 = its canonical name, k = the name of alias k-1 */
  text(index: number, which: number): string;
  /** every entity, in table order (a snapshot's are all built on the first call) */
  all(): readonly Entity[];
  /** how many texts (names and aliases) the entities have: the forms an index of them may hold */
  readonly textCount: number;
}

/** Each entity's type, as an index of ENTITY_TYPES. */
function typeCodes(entities: readonly Entity[]): Uint8Array {
  return Uint8Array.from(entities, (entity) => ENTITY_TYPES.indexOf(entity.type));
}

/** How many texts (names and aliases) entities have. */
export function textCountOf(entities: readonly { aliases: readonly unknown[] }[]): number {
  return entities.reduce((n, e) => n + 1 + e.aliases.length, 0);
}

/** Entities already in memory (a table loaded, or given in code). */
export class EntityArray implements EntityStore {
  readonly types: Uint8Array;

  constructor(private readonly entities: readonly Entity[]) {
    this.types = typeCodes(entities);
  }

  get count(): number {
    return this.entities.length;
  }

  get textCount(): number {
    return textCountOf(this.entities);
  }

  entity(index: number): Entity {
    return this.entities[index]!;
  }

  id(index: number): string {
    return this.entities[index]!.id;
  }

  text(index: number, which: number): string {
    const entity = this.entities[index]!;
    return which === 0 ? entity.name : entity.aliases[which - 1]!.name;
  }

  all(): readonly Entity[] {
    return this.entities;
  }
}

/** Strings stored as their UTF-8 bytes end to end: string i is bytes[start[i] .. start[i+1]]. */
export interface TextColumn {
  bytes: Buffer;
  start: Uint32Array;
}

export function textColumn(strings: readonly string[]): TextColumn {
  const start = new Uint32Array(strings.length + 1);
  strings.forEach((s, i) => (start[i + 1] = start[i]! + Buffer.byteLength(s, 'utf8')));
  return { bytes: Buffer.from(strings.join(''), 'utf8'), start };
}

function textAt(column: TextColumn, i: number): string {
  return column.bytes.toString('utf8', column.start[i]!, column.start[i + 1]!);
}

/** Entities in columns: the rare optional fields (an alias's language, an entity's country…) apart, by position. */
export interface EntityColumns {
  ids: TextColumn;
  names: TextColumn;
  types: Uint8Array;
  /** entity i's aliases are aliasNames aliasStart[i] .. aliasStart[i+1] */
  aliasStart: Uint32Array;
  aliasNames: TextColumn;
  aliasExtras: Record<number, Omit<Alias, 'name'>>;
  entityExtras: Record<number, Omit<Entity, 'id' | 'name' | 'type' | 'aliases'>>;
}

export function entityColumns(entities: readonly Entity[]): EntityColumns {
  const aliasStart = new Uint32Array(entities.length + 1);
  const aliasNames: string[] = [];
  const aliasExtras: EntityColumns['aliasExtras'] = {};
  const entityExtras: EntityColumns['entityExtras'] = {};
  entities.forEach((entity, i) => {
    const { id: _id, name: _name, type: _type, aliases, ...extra } = entity;
    if (Object.keys(extra).length > 0) entityExtras[i] = extra;
    for (const { name, ...rest } of aliases) {
      if (Object.keys(rest).length > 0) aliasExtras[aliasNames.length] = rest;
      aliasNames.push(name);
    }
    aliasStart[i + 1] = aliasNames.length;
  });
  return {
    ids: textColumn(entities.map((e) => e.id)),
    names: textColumn(entities.map((e) => e.name)),
    types: typeCodes(entities),
    aliasStart,
    aliasNames: textColumn(aliasNames),
    aliasExtras,
    entityExtras,
  };
}

/** A snapshot's entities, built from their columns when asked for. */
export class EntityColumnStore implements EntityStore {
  readonly types: Uint8Array;
  private readonly built = new Map<number, Entity>();
  private everything: Entity[] | undefined;

  constructor(private readonly columns: EntityColumns) {
    this.types = columns.types;
  }

  get count(): number {
    return this.columns.types.length;
  }

  get textCount(): number {
    return this.count + this.columns.aliasStart[this.count]!;
  }

  id(index: number): string {
    return textAt(this.columns.ids, index);
  }

  text(index: number, which: number): string {
    return which === 0 ? textAt(this.columns.names, index) : textAt(this.columns.aliasNames, this.columns.aliasStart[index]! + which - 1);
  }

  entity(index: number): Entity {
    if (this.everything) return this.everything[index]!;
    let entity = this.built.get(index);
    if (!entity) this.built.set(index, (entity = this.build(index)));
    return entity;
  }

  all(): readonly Entity[] {
    if (!this.everything) {
      const everything: Entity[] = new Array(this.count);
      for (let i = 0; i < this.count; i++) everything[i] = this.built.get(i) ?? this.build(i);
      this.everything = everything;
      this.built.clear();
    }
    return this.everything;
  }

  private build(index: number): Entity {
    const c = this.columns;
    const aliases: Alias[] = [];
    for (let a = c.aliasStart[index]!; a < c.aliasStart[index + 1]!; a++) {
      const name = textAt(c.aliasNames, a);
      const extra = c.aliasExtras[a];
      aliases.push(extra ? { name, ...extra } : { name });
    }
    const entity: Entity = { id: this.id(index), name: textAt(c.names, index), type: ENTITY_TYPES[c.types[index]!]!, aliases };
    const extra = c.entityExtras[index];
    return extra ? { ...entity, ...extra } : entity;
  }
}
