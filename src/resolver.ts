/**
 * The resolver: wires the stages for the front-ends (library, CLI, REPL, server).
 * Owns its tables, so resolvers with different tables coexist; resolve() does no I/O.
 */
import { Transform } from 'node:stream';
import { CandidateIndex } from './candidates/index.js';
import { sharedClaims } from './candidates/claims.js';
import { isSnapshotFile, readSnapshot } from './candidates/snapshot.js';
import { DEFAULT_TABLES } from './data/paths.js';
import { CORROBORATING, decide, MIN_OTHER_FORMS, type Corroboration } from './decide.js';
import { describeQuery } from './explain/index.js';
import { resolveOptions, type ResolverOptions } from './options.js';
import { baseForms, compoundDivisions, dividedAfterSurname, dividedAtCapitals, parenthesisedAfter, placesInEnglishEndings, placesOfAdjectives, withoutAcronymInParentheses } from './parse/index.js';
import { analyseName, normaliseName, type AnalysedName, type KeyedToken } from './pipeline.js';
import { marksAgreeing, marksSaid, type MarksSaid } from './score/marks.js';
import { slipOf, slipScore, SLIP_SIMILARITY, type Slip } from './score/slip.js';
import { compareNames, lowestTieBroken, SAME_WORDS_REORDERED, tieBrokenScore, type NameComparison, type TokenMemo, type TokenPair } from './score/index.js';
import { loadTables, sharedAliasProblems } from './tables/load.js';
import { validateEntity, type TableProblem } from './tables/schema.js';
import { OnomaError } from './errors.js';
import type { Candidate, Comparison, Entity, EntityInput, EntityType, Explanation, Resolution } from './types.js';
import { ENTITY_TYPES } from './types.js';

/** Below this a form shares a key but nothing a person would call a resemblance: not listed. */
const MIN_CANDIDATE_SCORE = 0.35;

/** A query word the best pairs this well, and the runner-up leaves out, is one more difference the runner-up needs (see outspeltWord). */
const ACCOUNTED_FOR = 0.8;

/** A one-word name that matches nothing is read divided after at most this many words of the table (see compoundReading). */
const COMPOUND_READINGS = 3;
/** …and counts only when the match pairs the head with a word this alike (Falkland with Falkland, Cayman with Kaiman). */
const COMPOUND_HEAD_PAIR = 0.9;

/** Candidates this close to the leader get the string-similarity tie-breaker (it moves a score by ≤ 3%). */
const TIE_BREAK_WINDOW = 0.1;
/** The ways a name that matches nothing as written is read again (see resolve), each an Explanation field naming the reading. */
type SecondReading = 'dividedAtCapitals' | 'dividedAfterSurname' | 'withoutAcronym' | 'withoutRestatement' | 'withoutCountry' | 'baseForms' | 'placeOfAdjective' | 'placeEnding' | 'compoundDivided';

export interface CreateResolverOptions extends Partial<ResolverOptions> {
  /** entities given in code (aliases may be plain strings) */
  entities?: EntityInput[];
  /** table files (JSONL or CSV) to load; when neither entities nor tables is given, the bundled default table */
  tables?: string[];
}

export interface ResolveOptions {
  type?: EntityType | undefined;
  limit?: number | undefined;
}

export interface Resolver {
  resolve(name: string, options?: ResolveOptions): Resolution;
  resolveAll(names: Iterable<string>, options?: ResolveOptions): Generator<Resolution>;
  /** a Node object-mode stream: names in, resolutions out, in order */
  stream(options?: ResolveOptions): Transform;
  /** `type`: what the names denote; a person's name may be given in part (default: not a person) */
  compare(a: string, b: string, options?: { type?: EntityType | undefined }): Comparison;
  readonly entities: readonly Entity[];
  readonly options: Readonly<ResolverOptions>;
  /** warnings found while loading (aliases claimed by two entities) */
  readonly problems: readonly TableProblem[];
}

function entitiesFromInput(inputs: EntityInput[]): Entity[] {
  return inputs.map((input, i) => {
    const { entity, problems } = validateEntity(input, '(entities)', i + 1);
    if (!entity) {
      const first = problems[0]!;
      throw new OnomaError('E_DATA_SCHEMA', `entity #${i + 1}: ${first.message}`, { field: first.field });
    }
    return entity;
  });
}

export function createResolver(options: CreateResolverOptions = {}): Resolver {
  const settings = resolveOptions(options);
  let problems: TableProblem[] = [];
  let index: CandidateIndex;
  const tables = options.tables ?? DEFAULT_TABLES;
  const snapshots = options.entities ? [] : tables.filter(isSnapshotFile);
  if (snapshots.length > 0) {
    if (tables.length > 1) throw new OnomaError('E_OPTION', `a snapshot (${snapshots[0]}) must be the only table: build one snapshot from all the tables with onoma build`);
    const snapshot = readSnapshot(snapshots[0]!);
    index = new CandidateIndex(snapshot.entities, snapshot.index);
  } else if (options.entities) index = new CandidateIndex(entitiesFromInput(options.entities));
  else {
    // (aliases claimed by two entities are read from the index built anyway, not found by normalising every text twice)
    const loaded = loadTables(tables, { sharedAliases: false });
    index = new CandidateIndex(loaded.entities);
    problems = [...loaded.problems, ...sharedAliasProblems(loaded, sharedClaims(index.data, index.entities))];
  }
  const entities = index.entities;

  function resolve(name: string, resolveOpts: ResolveOptions = {}): Resolution {
    const text = typeof name === 'string' ? name : String(name ?? '');
    const resolution = resolveText(name, text, resolveOpts);
    if (resolution.status === 'matched') return resolution;
    // A name that matches nothing as written is read again, in these ways in turn; the first reading that matches is the
    // answer. Words run together where a capital follows a small letter (MarleeFlatley, a space typed as a letter:
    // MarleeaFlatley), also when the name is ambiguous (only then: McDonald and LeDrian are written so).
    const unmatched = resolution.status === 'unmatched';
    // (the readings whose match must be a place's: not for another type, nor a table without places, which has none to read
    // so; also when the name as written is ambiguous, if the reading's match scores higher than the name as written did:
    // Cuban, between Gabon's and Japan's spellings in other scripts, is Cuba; Gyapan, Japan or Gabon, is no Cuba's Gyapa)
    const placeReadings = resolveOpts.type !== 'person' && resolveOpts.type !== 'organization' && hasPlaces();
    const placeOnly = (reading: Resolution | undefined): Resolution | undefined =>
      reading?.entity?.type === 'place' && (unmatched || reading.score > resolution.score) ? reading : undefined;
    return (
      secondReading(name, dividedAtCapitals(text), resolveOpts, 'dividedAtCapitals', 'its words divided at capitals') ??
      // an acronym in parentheses after the name is the name again
      (unmatched ? secondReading(name, withoutAcronymInParentheses(text), resolveOpts, 'withoutAcronym', 'without the acronym in parentheses after it') : undefined) ??
      // …and so is another spelling of it (Haftar (Hifter), Benghazi (بنغازي)); other parentheses say which one (Paris (Texas))
      (unmatched ? secondReading(name, withoutRestatement(text), resolveOpts, 'withoutRestatement', 'without another spelling of it in parentheses after it') : undefined) ??
      // a place and, after a comma, where it is (Tripoli, Libya), as addresses and datasets write it
      (unmatched ? placeIn(name, text, resolveOpts) : undefined) ??
      // a Chinese person's name in characters, divided after its surname as Latin spellings divide it (习近平, Xi Jinping);
      // a place's name is no surname and given name (measured: read so, 拉脱维亚, Latvia, absent, met Lithuania)
      (unmatched && resolveOpts.type !== 'place' && resolveOpts.type !== 'organization'
        ? personOnly(secondReading(name, dividedAfterSurname(text), resolveOpts, 'dividedAfterSurname', 'a Chinese name divided after its surname'))
        : undefined) ??
      // words inflected as a sentence inflects them (встреча с Хафтаром, z Haftarem, والسراج); a name several match is one as
      // written (Марина, not Марин's genitive)
      (unmatched ? secondReading(name, baseForms(text), resolveOpts, 'baseForms', 'its words without their case endings or clitics') : undefined) ??
      // an English adjective of a place is the place (Russian, Libyan), and only a place's (Julian is no Julia)
      (placeReadings
        ? placeOnly(secondReading(name, placesOfAdjectives(text), resolveOpts, 'placeOfAdjective', 'an adjective of a place read as its name'))
        : undefined) ??
      // …and so is a place's name as another language ends it where English writes -ia (Italien, Kolumbien); a person's
      // name so ending is another name (Julien is no Julia)
      (placeReadings
        ? placeOnly(secondReading(name, placesInEnglishEndings(text), resolveOpts, 'placeEnding', "a place's name read with the ending English gives it"))
        : undefined) ??
      compoundReading(name, text, resolveOpts) ??
      resolution
    );
  }

  /**
   * The name before the parentheses after it when they hold another spelling of it or of a part of it, one a match would
   * take for it (compared as a person's name, which may be given in part: Khalifa Haftar (Hifter)).
   */
  function withoutRestatement(text: string): string | undefined {
    const parts = parenthesisedAfter(text);
    if (!parts) return undefined;
    return compareNames(analyseName(parts.name), analyseName(parts.aside), { person: true }).score >= settings.matchThreshold ? parts.name : undefined;
  }

  /**
   * A place's name with, after its last comma, a place of the same country (the country, or a region: Tripoli, Libya;
   * Ain Zara, Tripoli): the name before the comma, a place of the table, when the words after it name a place of the table
   * in the country the entity's attributes give. Words after the comma that name no such place say which place of that name
   * it is, and keep it unmatched (Paris, Texas, when the table knows the Paris of France only). Undefined when the table
   * gives the place no country.
   */
  function placeIn(name: string, text: string, resolveOpts: ResolveOptions): Resolution | undefined {
    if ((resolveOpts.type !== undefined && resolveOpts.type !== 'place') || !hasPlaces()) return undefined;
    const comma = text.lastIndexOf(',');
    const place = text.slice(0, Math.max(comma, 0)).trim();
    const where = text.slice(comma + 1).trim();
    if (comma < 0 || place === '' || where === '') return undefined;
    const reading = resolveText(name, place, { ...resolveOpts, type: 'place' });
    const country = reading.status === 'matched' ? reading.entity?.country : undefined;
    if (country === undefined) return undefined;
    const container = resolveText(where, where, { type: 'place', limit: 2 });
    if (container.status !== 'matched' || container.entity?.country !== country || container.entity.id === reading.entity!.id) return undefined;
    return readAs(reading, { withoutCountry: place }, `read as "${place}", a place in ${container.entity.name} (${country}), the place after the comma`);
  }

  let places: boolean | undefined;
  /** Whether the table has a place (its type column read once: a table of persons is never asked where a name is). */
  function hasPlaces(): boolean {
    return (places ??= entities.types.includes(ENTITY_TYPES.indexOf('place')));
  }

  /** A second reading's match when it is a person's. */
  function personOnly(resolution: Resolution | undefined): Resolution | undefined {
    return resolution?.entity?.type === 'person' ? resolution : undefined;
  }

  /** The name read as `reading` (see resolve) when that matches, its explanation saying how it was read. */
  function secondReading(name: string, reading: string | undefined, resolveOpts: ResolveOptions, how: Exclude<SecondReading, 'compoundDivided'>, why: string): Resolution | undefined {
    if (reading === undefined) return undefined;
    const resolution = resolveText(name, reading, resolveOpts);
    return resolution.status === 'matched' ? readAs(resolution, { [how]: reading }, `read as "${reading}", ${why}`) : undefined;
  }

  /**
   * A one-word place name written as a compound of a name the table knows and its kind (Falklandeilanden, Marshallinseln:
   * see compoundDivisions), read divided after that name, when the word as written matches nothing: the first of
   * COMPOUND_READINGS such readings that matches a place or another entity that is no person (surnames are compounds
   * too, Rosenberg, Christiansen, and are not read so).
   */
  function compoundReading(name: string, text: string, resolveOpts: ResolveOptions): Resolution | undefined {
    // (a table of persons only has no place to read so: nothing to try)
    if (resolveOpts.type === 'person' || !index.holdsNonPersons) return undefined;
    const [word, ...others] = analyseName(text).tokens;
    if (!word || others.length > 0 || word.script !== 'Latin') return undefined;
    let tried = 0;
    for (const { head, rest } of compoundDivisions(word.latin)) {
      const [headWord] = analyseName(head).tokens;
      if (!headWord || !index.knowsWord(headWord)) continue;
      const divided = `${head} ${rest}`;
      const reading = resolveText(name, divided, resolveOpts);
      // (the head must be a word the match pairs, and closely: matched as one word, the reading is the word as written
      // compared again, not a compound: coop eratif, alex andra)
      const comparison = reading.explanation.match?.comparison;
      const headPaired = comparison !== undefined && !comparison.joined && comparison.pairs.some((pair) => pair.query === headWord.text && pair.similarity >= COMPOUND_HEAD_PAIR);
      if (reading.status === 'matched' && reading.entity?.type !== 'person' && headPaired) {
        return readAs(reading, { compoundDivided: divided }, `read as "${divided}", a compound divided after "${head}", a word of the table`);
      }
      if (++tried === COMPOUND_READINGS) break;
    }
    return undefined;
  }

  /** A second reading's match (see resolve), its explanation saying how the name was read. */
  function readAs(reading: Resolution, how: Pick<Explanation, SecondReading>, why: string): Resolution {
    return { ...reading, explanation: { ...reading.explanation, ...how, decision: `${reading.explanation.decision}; ${why}` } };
  }

  function resolveText(name: string, text: string, resolveOpts: ResolveOptions): Resolution {
    const limit = resolveOpts.limit ?? settings.limit;
    const normalised = normaliseName(text);
    if (limit === 1) {
      const form = soleIdenticalForm(normalised, resolveOpts.type);
      if (form !== undefined) return identicalResolution(name, text, form);
    }
    const query = analyseName(text, normalised);
    const described = describeQuery(query);
    if (query.tokens.length === 0) {
      return { query: name, status: 'unmatched', score: 0, candidates: [], explanation: { ...described, decision: 'the name is empty after normalisation' } };
    }
    const exact = index.exactForms(query);
    if (limit === 1) {
      const only = soleSameWordsMatch(query, exact, resolveOpts.type);
      if (only) return sameWordsResolution(name, described, only);
    }
    const memo: TokenMemo = new Map();
    // (final: the string tie-breaker is in the score, see below)
    const best = new Map<number, { score: number; comparison: NameComparison; formId: number; name: AnalysedName; final?: boolean; slip?: Slip }>();
    let leading = 0;
    // With at most two places asked for (decide() reads the runner-up), a name can only matter if its final score may
    // reach the runner-up's so far: the tie-breaker leaves that at lowestTieBroken(runnerUp) at least, so the first pass
    // need not finish a comparison that cannot beat it. (The two best entities' first-pass scores so far.)
    const bounded = limit <= 2;
    let leader = -1;
    let runnerUp = 0;
    // First pass: structure only; the string-similarity tie-breaker runs on the contenders below.
    const scoreForms = (formIds: Iterable<number>) => {
      for (const formId of formIds) {
        const entityIndex = index.entityOf(formId);
        const type = index.typeOf(entityIndex);
        if (resolveOpts.type && type !== resolveOpts.type) continue;
        const name = index.nameOf(formId);
        const uselessBelow = bounded ? lowestTieBroken(runnerUp) - 1e-9 : 0;
        const comparison = compareNames(query, name, { person: type === 'person', structuralOnly: true, memo, generic: index.generic, uselessBelow, titlesAreWords: titlesAreWords(type) });
        const score = comparison.score;
        const current = best.get(entityIndex);
        if (!current || score > current.score) best.set(entityIndex, { score, comparison, formId, name });
        if (entityIndex === leader) leading = Math.max(leading, score);
        else if (score > leading) {
          runnerUp = leading;
          leading = score;
          leader = entityIndex;
        } else if (score > runnerUp) runnerUp = score;
      }
    };
    const groups = index.wordGroups(query, memo);
    const pooled = index.lookup(query, settings.candidatePool, memo, exact, groups);
    scoreForms(pooled);
    // Nothing good found: a second, costlier look at forms sharing two of the name's words (a typo in a third).
    // Nothing found as good as a slip of the pen would score (a name leaving a word out, Francisque Sanchez for
    // Francisque Lerous Sanchez): a look at forms that hold the name with one word mistyped (see score/slip.ts).
    const belowThreshold = leading < settings.matchThreshold;
    // (the leader's final score may be as low as lowestTieBroken of its first-pass one)
    if (belowThreshold || (query.core.length > 1 && lowestTieBroken(leading) < slipScore(query.core.length))) {
      const seen = new Set(pooled);
      if (belowThreshold) scoreForms(index.sharedLookup(groups, settings.candidatePool, seen));
      scoreForms(index.formsOneSlipFrom(query.core, settings.candidatePool, memo).filter((form) => !seen.has(form)));
    }
    // The tie-breaker only lowers a score, so a contender whose first-pass score is below the final score of the
    // last place reported (the runner-up at least: decide() reads it) cannot take that place: it is not compared.
    const places = Math.max(limit, 2);
    const finals: number[] = [];
    // (from the structure the first pass found: only the best name's words are aligned again, for its explanation)
    for (const [entityIndex, hit] of contendersOf(best, leading - TIE_BREAK_WINDOW)) {
      if (finals.length >= places && hit.score < finals[places - 1]!) break;
      const score = tieBrokenScore(query, hit.name, hit.comparison, index.typeOf(entityIndex) === 'person');
      best.set(entityIndex, { ...hit, score, final: true });
      insertDescending(finals, score, places);
    }
    // A person's name with one word mistyped into a word the table has never seen (see slipOf): that word, at slipScore.
    const known = (token: KeyedToken) => index.knowsWord(token);
    if (query.core.length > 1) {
      const slipped = slipScore(query.core.length);
      for (const [entityIndex, hit] of best) {
        if (hit.score >= slipped || index.typeOf(entityIndex) !== 'person') continue;
        const slip = slipOf(query, hit.name, known);
        if (slip) best.set(entityIndex, { ...hit, score: slip.score, final: true, slip });
      }
    }
    // Ties: the spelling with more of the marks the query's letters say first (сёрен Sören before Soren, see score/marks.ts),
    // then in id order (code points: locale-independent, and far cheaper than localeCompare).
    let said: MarksSaid | undefined;
    const marks = (hit: { name: AnalysedName }) => marksAgreeing(hit.name.input, (said ??= marksSaid(text)));
    const ranked = bestOf(best, places, (a, b) => b[1].score - a[1].score || marks(b[1]) - marks(a[1]) || compareIds(entities.id(a[0]), entities.id(b[0])));
    const [top, second] = ranked;
    if (top?.[1].final) top[1].comparison = compareNames(query, top[1].name, { ...comparedAs(index.typeOf(top[0])), memo, generic: index.generic });
    // A match across scripts is a reading of one spelling: the entity's other spellings are asked whether they bear it out.
    const corroborate = top && !sharesScript(query, top[1].name) ? () => corroboration(query, top[0], top[1].formId, top[1].name.input, memo) : undefined;
    // What decide asks of a runner-up within the margin: whether the name is a person's in part whose words only the best
    // holds, and a word the runner-up spells otherwise (a one-word name's word must be the best's alone: a name other
    // entities hold too is any of theirs, Scherer for one of several Scherers that the candidate pool did not all bring).
    const soleHolder = top ? () => index.typeOf(top[0]) === 'person' && holdsEveryWord(query, top[1].name) && !index.heldElsewhere(query.core, top[0], resolveOpts.type) : undefined;
    let runnerUpComparison: NameComparison | undefined;
    const comparedRunnerUp = (runnerUp: [number, { name: AnalysedName }]) =>
      (runnerUpComparison ??= compareNames(query, runnerUp[1].name, { ...comparedAs(index.typeOf(runnerUp[0])), memo, generic: index.generic }));
    const outspelt = top?.[1].final && second
      ? () => {
          // (a best the rules scored above a slip may be one all the same: Stanislav Grigosishin, Grigorishin at 0.918)
          const slip = top[1].slip ?? (index.typeOf(top[0]) === 'person' ? slipOf(query, top[1].name, known) : undefined);
          const found = outspeltWord(top[1].comparison, comparedRunnerUp(second), slip);
          return found !== undefined && (query.core.length > 1 || !index.heldElsewhere(query.core, top[0], resolveOpts.type)) ? found : undefined;
        }
      : undefined;
    const reordered = top?.[1].final && second ? () => sameWordsReordered(top[1].comparison, comparedRunnerUp(second)) : undefined;
    const longer = top?.[1].final && second ? () => longerName(top[1].comparison, comparedRunnerUp(second)) : undefined;
    // (a person's other spellings are one name in other scripts: they say nothing of which of two Townsends it is)
    const otherSpellings = top && second && index.typeOf(top[0]) !== 'person'
      ? () => ({ best: bestOtherSpelling(query, top[0], top[1].formId, memo), runnerUp: bestOtherSpelling(query, second[0], second[1].formId, memo) })
      : undefined;
    const { status, reason } = decide(top?.[1].score, second?.[1].score, settings, { corroborate, soleHolder, outspelt, reordered, longer, otherSpellings });
    const candidates: Candidate[] = ranked.filter(([, hit]) => hit.score >= MIN_CANDIDATE_SCORE).slice(0, limit).map(([i, hit]) => {
      const entity = entities.entity(i);
      return { id: entity.id, name: entity.name, type: entity.type, score: round(hit.score), alias: hit.name.input };
    });
    const topEntity = top ? entities.entity(top[0]) : undefined;
    const secondEntity = second ? entities.entity(second[0]) : undefined;
    return {
      query: name,
      status,
      entity: status === 'matched' ? topEntity : undefined,
      score: round(top?.[1].score ?? 0),
      candidates,
      explanation: {
        ...described,
        match: top ? { alias: top[1].name.input, comparison: top[1].comparison } : undefined,
        runnerUp: second && secondEntity ? { id: secondEntity.id, name: secondEntity.name, score: round(second[1].score) } : undefined,
        margin: top && second ? round(top[1].score - second[1].score) : undefined,
        slip: top?.[1].slip,
        decision: `${status}: ${reason}` + (top?.[1].slip ? `; scored as a slip of the pen: "${top[1].slip.word}" is no word of the table, one letter from "${top[1].slip.as}"` : ''),
      },
    };
  }

  /** The name against the entity's spellings other than the one it matched, until one corroborates it (see decide). */
  function corroboration(query: AnalysedName, entityIndex: number, matched: number, alias: string, memo: TokenMemo): Corroboration {
    const { start, end } = index.formsOfEntity(entityIndex);
    const otherForms = end - start - 1;
    // (too few other spellings to tell: decide() does not ask what they say, so they are not compared)
    if (otherForms < MIN_OTHER_FORMS) return { otherForms, best: 0, alias };
    return { otherForms, best: bestOtherSpelling(query, entityIndex, matched, memo, CORROBORATING), alias };
  }

  /**
   * The name's best score against the entity's spellings other than `matched` (0 when it has none; see BORNE_OUT in
   * decide), the search stopping once one scores `enough`.
   */
  function bestOtherSpelling(query: AnalysedName, entityIndex: number, matched: number, memo: TokenMemo, enough = 1): number {
    const { start, end } = index.formsOfEntity(entityIndex);
    const as = comparedAs(index.typeOf(entityIndex));
    let best = 0;
    for (let formId = start; formId < end && best < enough; formId++) {
      if (formId !== matched) best = Math.max(best, compareNames(query, index.nameOf(formId), { ...as, memo, generic: index.generic }).score);
    }
    return best;
  }

  /** The forms (of the wanted type) when they are all one entity's; undefined when none, or several entities'. */
  function formsOfOneEntity(forms: readonly number[], type: EntityType | undefined): number[] | undefined {
    const wanted = type ? forms.filter((formId) => index.typeOf(index.entityOf(formId)) === type) : forms.slice();
    if (wanted.length === 0) return undefined;
    const entityIndex = index.entityOf(wanted[0]!);
    return wanted.every((formId) => index.entityOf(formId) === entityIndex) ? wanted : undefined;
  }

  /**
   * The form when the name's normalised text is the text of forms of exactly one entity (of the wanted type).
   * Such a name scores 1 against it, and decide() matches a 1 whatever the runner-up (another entity
   * at 1 would have the same text), so when one candidate is asked for, nothing else needs to be scored,
   * nor the name analysed: the commonest query of a pipeline costs a normalisation and a hash lookup.
   */
  function soleIdenticalForm(normalised: string, type: EntityType | undefined): number | undefined {
    return formsOfOneEntity(index.identicalForms(normalised), type)?.[0];
  }

  /**
   * The best form when the forms with the name's words (in any order, particles aside: the exact key) are
   * all one entity's. Only names with the same words score SAME_WORDS_REORDERED or more, and decide()
   * matches such a score over any other, so with one candidate asked for nothing else needs scoring
   * (Haftar Khalifa; al-Haftar for Haftar).
   */
  function soleSameWordsMatch(query: AnalysedName, exact: number[], type: EntityType | undefined): { formId: number; name: AnalysedName; comparison: NameComparison } | undefined {
    const forms = formsOfOneEntity(exact, type);
    if (!forms) return undefined;
    const as = comparedAs(index.typeOf(index.entityOf(forms[0]!)));
    let best: { formId: number; name: AnalysedName; comparison: NameComparison } | undefined;
    for (const formId of forms) {
      const name = index.nameOf(formId);
      const comparison = compareNames(query, name, { ...as, generic: index.generic });
      if (!best || comparison.score > best.comparison.score) best = { formId, name, comparison };
    }
    return best && best.comparison.score >= SAME_WORDS_REORDERED ? best : undefined;
  }

  /** A match on one form of one entity, the only candidate (one was asked for, no runner-up is scored). */
  function soleMatch(input: string, formId: number, score: number, alias: string): Omit<Resolution, 'explanation'> {
    const entity = entities.entity(index.entityOf(formId));
    return { query: input, status: 'matched', entity, score, candidates: [{ id: entity.id, name: entity.name, type: entity.type, score, alias }] };
  }

  function sameWordsResolution(input: string, described: ReturnType<typeof describeQuery>, hit: { formId: number; name: AnalysedName; comparison: NameComparison }): Resolution {
    return {
      ...soleMatch(input, hit.formId, round(hit.comparison.score), hit.name.input),
      explanation: {
        ...described,
        match: { alias: hit.name.input, comparison: hit.comparison },
        decision: 'matched: the same words as a form of this entity, and no other entity has them (with one candidate asked for, no runner-up is scored)',
      },
    };
  }

  /** A match on an identical form; its explanation (the name analysed and compared) is worked out when read. */
  function identicalResolution(input: string, text: string, formId: number): Resolution {
    const alias = index.textOf(formId);
    const resolution = soleMatch(input, formId, 1, alias) as Resolution;
    let explanation: Explanation | undefined;
    const explain = (): Explanation => {
      const query = analyseName(text);
      const comparison = compareNames(query, index.nameOf(formId), { ...comparedAs(resolution.entity!.type), generic: index.generic });
      return {
        ...describeQuery(query),
        match: { alias, comparison },
        decision: 'matched: identical to a form of this entity, and no other entity has that form (with one candidate asked for, no runner-up is scored)',
      };
    };
    return Object.defineProperty(resolution, 'explanation', { enumerable: true, get: () => (explanation ??= explain()) });
  }

  function* resolveAll(names: Iterable<string>, resolveOpts?: ResolveOptions): Generator<Resolution> {
    for (const name of names) yield resolve(name, resolveOpts);
  }

  function stream(resolveOpts?: ResolveOptions): Transform {
    return new Transform({
      objectMode: true,
      transform(chunk: unknown, _encoding, callback) {
        callback(null, resolve(String(chunk), resolveOpts));
      },
    });
  }

  function compare(a: string, b: string, compareOpts: { type?: EntityType | undefined } = {}): Comparison {
    const qa = analyseName(a);
    const qb = analyseName(b);
    const comparison = compareNames(qa, qb, comparedAs(compareOpts.type));
    return {
      score: round(comparison.score),
      match: comparison.score >= settings.matchThreshold,
      explanation: { ...comparison, a: qa.normalised, b: qb.normalised, aLatin: qa.tokens.map((t) => t.latin).join(' '), bLatin: qb.tokens.map((t) => t.latin).join(' ') },
    };
  }

  return {
    resolve,
    resolveAll,
    stream,
    compare,
    // (a snapshot's entities are built on first read: resolving needs only the few it returns)
    get entities() {
      return entities.all();
    },
    options: settings,
    problems,
  };
}

/** The entities scoring at least `floor` in the first pass, best first. */
function contendersOf<T extends { score: number }>(best: Map<number, T>, floor: number): [number, T][] {
  const contenders: [number, T][] = [];
  for (const entry of best) if (entry[1].score >= floor) contenders.push(entry);
  return contenders.sort((a, b) => b[1].score - a[1].score);
}

/**
 * The `n` first entries of a map in `order`, sorted: one pass keeping a short sorted list, as a query scores
 * dozens of entities and reports one or a few (sorting them all cost 3% of a query that finds no name).
 */
function bestOf<K, V>(map: Map<K, V>, n: number, order: (a: [K, V], b: [K, V]) => number): [K, V][] {
  const top: [K, V][] = [];
  for (const entry of map) {
    if (top.length === n && order(entry, top[n - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && order(entry, top[at - 1]!) < 0) at--;
    top.splice(at, 0, entry);
    if (top.length > n) top.pop();
  }
  return top;
}

/** Puts `score` into the descending list `top`, which keeps at most `size` scores. */
function insertDescending(top: number[], score: number, size: number): void {
  let at = top.length;
  while (at > 0 && top[at - 1]! < score) at--;
  if (at >= size) return;
  top.splice(at, 0, score);
  if (top.length > size) top.pop();
}

/**
 * Whether a name is part of a longer one, word for word: two or more words (one word alone is too little to tell a
 * person), each a word of the other spelt the same (its Latin form), the other having more words.
 */
function holdsEveryWord(part: AnalysedName, whole: AnalysedName): boolean {
  if (part.core.length < 2 || whole.core.length <= part.core.length) return false;
  const words = whole.core.map((t) => t.latin);
  for (const token of part.core) {
    const at = words.indexOf(token.latin);
    if (at < 0) return false;
    words[at] = '';
  }
  return true;
}

/**
 * A word of the query that the best name writes as the query does (identical, or the same code beside an identical word:
 * Miroslav Gladqivska, Gladkivska) and the runner-up does not, or that the best pairs with a close spelling of it
 * (ACCOUNTED_FOR) and the runner-up leaves out (Brhn qhnfyr Lkry: Brhn Khnfyr Lkry, not Brhn Lkry), when the
 * runner-up comes no closer on any query word and leaves no fewer of its own words unmatched; undefined otherwise.
 * Both comparisons as compareNames gives them with their word pairs (names compared as one word have none: undefined);
 * `slip`, the best's slip of the pen, if it is one: its word is read as closely as a slip is (SLIP_SIMILARITY), and
 * written as the best writes it but for one letter (Radislav Saeelev: Radislav Savelev, not Radislav Shilova); a
 * runner-up may read it more closely (a mistyped word may read as anything: Tays Schinner is Taya Schinner, not Şener Taş),
 * which `but` then names.
 */
function outspeltWord(best: NameComparison, runnerUp: NameComparison, slip?: Slip): { word: string; but?: string | undefined } | undefined {
  if (best.joined || runnerUp.joined || best.pairs.length === 0 || runnerUp.unmatchedCandidate.length < best.unmatchedCandidate.length) return undefined;
  // (a same code says the same word only beside a word spelt alike: one word alone that merely sounds like a name's, Ekwater
  // for Katar, may be another name's)
  const anchored = best.pairs.some((pair) => pair.evidence === 'identical');
  const writtenAlike = (pair: TokenPair) => pair.evidence === 'identical' || (anchored && best.pairs.length > 1 && pair.evidence === 'same phonetic code');
  let outspelt: string | undefined;
  let but: string | undefined;
  for (const word of new Set([...best.pairs.map((pair) => pair.query), ...best.unmatchedQuery, ...runnerUp.pairs.map((pair) => pair.query)])) {
    const ours = word === slip?.word ? Math.max(SLIP_SIMILARITY, pairedSimilarity(best, word)) : pairedSimilarity(best, word);
    const theirs = pairedSimilarity(runnerUp, word);
    // (any name may read a slip's word more closely: the slip is its other words, as written)
    if (theirs > ours) {
      if (word !== slip?.word) return undefined;
      but = word;
      continue;
    }
    // (a slip's word the best writes as the name does, but for one letter)
    if (outspelt === undefined && theirs < ours && ((theirs === 0 && ours >= ACCOUNTED_FOR) || word === slip?.word || best.pairs.some((pair) => pair.query === word && writtenAlike(pair)))) outspelt = word;
  }
  return outspelt === undefined ? undefined : { word: outspelt, but };
}

/**
 * A word of the runner-up's own left unmatched, when the best pairs every word of the name and every word of its own,
 * two at least, and the runner-up pairs no word of the name more closely than the best does: the runner-up is a longer
 * name holding the best's (Vrtr Tsdvk: Vrtl Tsdvk, not Vrtl Zrtl Tsdvk). Undefined otherwise, and for names compared as one word.
 */
function longerName(best: NameComparison, runnerUp: NameComparison): string | undefined {
  // (one word alone is too little to tell a name whole from a longer one: Erez, of N Rz or Ry Rz)
  if (best.joined || runnerUp.joined || best.pairs.length < 2 || best.unmatchedQuery.length > 0 || best.unmatchedCandidate.length > 0) return undefined;
  const extra = runnerUp.unmatchedCandidate[0];
  if (extra === undefined) return undefined;
  return runnerUp.pairs.every((pair) => pair.similarity <= pairedSimilarity(best, pair.query)) ? extra : undefined;
}

/** How closely a comparison pairs a word of the name (its best pair's similarity; 0 when it leaves the word out). */
function pairedSimilarity(comparison: NameComparison, word: string): number {
  return comparison.pairs.reduce((most, pair) => (pair.query === word ? Math.max(most, pair.similarity) : most), 0);
}

/**
 * Whether the runner-up pairs the same query words with the same words as the best does, as closely, and leaves the
 * same number out (none of its own), but in another order than the name's, which the best keeps (Anustasia Vamvakas Vyzantios: Anastasia
 * Vamvakas Vyzantios, not Anastasia Vyzantios Vamvakas). Both comparisons as compareNames gives them with their word pairs.
 */
function sameWordsReordered(best: NameComparison, runnerUp: NameComparison): boolean {
  if (best.joined || runnerUp.joined || !best.features.inOrder || runnerUp.features.inOrder || best.pairs.length < 2) return false;
  // (a name given in part, words of both left out, is either's: Lrqyq `Tllh, for Khlwd Lrqyq `Tllh or Ftmh `Tllh Lrqyq)
  if (best.unmatchedCandidate.length > 0) return false;
  if (best.unmatchedQuery.length !== runnerUp.unmatchedQuery.length || best.unmatchedCandidate.length !== runnerUp.unmatchedCandidate.length) return false;
  const pairKey = (pair: TokenPair) => `${pair.query}\u0000${pair.candidate}\u0000${pair.similarity}`;
  const theirs = runnerUp.pairs.map(pairKey).sort();
  return theirs.length === best.pairs.length && best.pairs.map(pairKey).sort().every((key, i) => key === theirs[i]);
}

/** Whether two names have a word in the same script (a match between them is a spelling, not a reading across scripts). */
function sharesScript(a: AnalysedName, b: AnalysedName): boolean {
  return a.tokens.some((x) => b.tokens.some((y) => x.script === y.script));
}

/**
 * How a name is compared with one of an entity of this type: a person's gives a given name in front of the surname little
 * weight; a place's or an organisation's has no titles, only words (General Motors); unknown, neither.
 */
function comparedAs(type: EntityType | undefined): { person: boolean; titlesAreWords: boolean } {
  return { person: type === 'person', titlesAreWords: titlesAreWords(type) };
}

/** Whether a name of this type has no titles, only words (see CompareContext.titlesAreWords). */
function titlesAreWords(type: EntityType | undefined): boolean {
  return type === 'place' || type === 'organization';
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
