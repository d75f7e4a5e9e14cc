/** Public types of onoma's tables and results. Scores run from 0 to 1, and 1 means identical. */
import type { NameComparison } from './score/index.js';
import type { Slip } from './score/slip.js';

export type EntityType = 'person' | 'place' | 'organization' | 'other';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'other'];

export interface Alias {
  name: string;
  lang?: string | undefined;
  script?: string | undefined;
  source?: string | undefined;
  added?: string | undefined;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: Alias[];
  country?: string | undefined;
  wikidata?: string | undefined;
  description?: string | undefined;
  source?: string | undefined;
}

/** An entity as it may be written in a table or passed in code: aliases may be plain strings. */
export interface EntityInput extends Omit<Entity, 'aliases'> {
  aliases?: (string | Alias)[] | undefined;
}

export type Status = 'matched' | 'ambiguous' | 'unmatched';

export interface Candidate {
  id: string;
  name: string;
  type: EntityType;
  score: number;
  /** the table form (canonical name or alias) that matched best */
  alias: string;
}

export interface Explanation {
  normalised: string;
  transliteration: string;
  titles: string[];
  particles: string[];
  tokens: { text: string; latin: string; script: string; code: string; keys: string[] }[];
  /** how the best candidate's form was matched */
  match?: {
    alias: string;
    comparison: NameComparison;
  } | undefined;
  runnerUp?: { id: string; name: string; score: number } | undefined;
  margin?: number | undefined;
  /** when the best is the name with one word mistyped (a word the table does not know, one letter from its own): the two words */
  slip?: Slip | undefined;
  /** when the name as written matched nothing, and divided into words at its inner capitals did (MarleeFlatley): that reading */
  dividedAtCapitals?: string | undefined;
  /** when the name, Chinese characters without a space, matched nothing, and divided after its surname did (习近平): that reading */
  dividedAfterSurname?: string | undefined;
  /** when the name, one word as written, matched nothing, and divided after a word of the table did (Falklandeilanden): that reading */
  compoundDivided?: string | undefined;
  /** when the name as written matched nothing, and its words without their case endings or clitics did (Хафтаром, والسراج): that reading */
  baseForms?: string | undefined;
  /** when the name as written matched nothing (or was ambiguous), and with an adjective of a place read as the place's name matched a place, better (Libyan, Российская): that reading */
  placeOfAdjective?: string | undefined;
  /** when the name as written matched nothing (or was ambiguous), and with a place's name read with the ending English gives it matched a place, better (Italien → Italia): that reading */
  placeEnding?: string | undefined;
  /** when the name as written matched nothing, and without the acronym in parentheses after it did (U.S. Africa Command (AFRICOM)): that reading */
  withoutAcronym?: string | undefined;
  /** when the name as written matched nothing, and without another spelling of it in parentheses after it did (Haftar (Hifter)): that reading */
  withoutRestatement?: string | undefined;
  /** when the name as written matched nothing, and the place before its last comma did, a place in the country of the place after it (Tripoli, Libya): that reading */
  withoutCountry?: string | undefined;
  decision: string;
}

export interface Resolution {
  query: string;
  status: Status;
  entity?: Entity | undefined;
  score: number;
  candidates: Candidate[];
  explanation: Explanation;
}

export interface Comparison {
  score: number;
  match: boolean;
  explanation: NameComparison & { a: string; b: string; aLatin: string; bLatin: string };
}
