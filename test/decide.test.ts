/** Stage 7, decide: the decision from the best two entity scores. */
import { describe, expect, it } from 'vitest';
import { BORNE_OUT, BORNE_OUT_GAP, CORROBORATE_BELOW, CORROBORATING, decide, MIN_OTHER_FORMS, type Corroboration } from '../src/decide.js';
import { createResolver } from '../src/resolver.js';
import { DEFAULTS } from '../src/options.js';

const cases: [string, number | undefined, number | undefined, string][] = [
  ['nothing found', undefined, undefined, 'unmatched'],
  ['below the threshold', 0.8, undefined, 'unmatched'],
  ['alone above the threshold', 0.9, undefined, 'matched'],
  ['runner-up beyond the margin', 0.95, 0.85, 'matched'],
  ['a tie', 0.96, 0.96, 'ambiguous'],
  ['a near tie', 0.96, 0.95, 'ambiguous'],
  ['within the margin, both far from the name', 0.9, 0.86, 'ambiguous'],
  ['within the margin, runner-up twice as far from the name (one vowel off against two)', 0.974, 0.946, 'matched'],
  ['within the margin, runner-up less than twice as far', 0.97, 0.945, 'ambiguous'],
  ['identical against a similar spelling', 1, 0.99, 'matched'],
  ['identical to two entities', 1, 1, 'ambiguous'],
  ['the same words against a similar spelling', 0.992, 0.99, 'matched'],
  ['the same words in the same order against another order', 0.995, 0.992, 'matched'],
  ['the same words, each in another order', 0.992, 0.992, 'ambiguous'],
  ['every word read alike in order, against another order', 0.99, 0.989, 'matched'],
  ['every word read alike in order, against a word read otherwise', 0.99, 0.95, 'matched'],
  ['every word read alike in order, against a runner-up the string tie-breaker alone puts below', 0.99, 0.9895, 'ambiguous'],
  ['every word read alike in order, for two names', 0.99, 0.99, 'ambiguous'],
];

describe('decide', () => {
  it.each(cases)('%s: %s vs %s → %s', (_, best, runnerUp, expected) => {
    expect(decide(best, runnerUp, DEFAULTS).status).toBe(expected);
  });

  it('matches a person named in part whose words only the best holds, though the runner-up is within the margin', () => {
    expect(decide(0.943, 0.898, DEFAULTS).status).toBe('ambiguous');
    expect(decide(0.943, 0.898, DEFAULTS, { soleHolder: () => true })).toEqual({ status: 'matched', reason: expect.stringMatching(/every word of the name/) });
    // still not against a tie, nor below the threshold
    expect(decide(0.943, 0.943, DEFAULTS, { soleHolder: () => true }).status).toBe('ambiguous');
    expect(decide(0.8, 0.7, DEFAULTS, { soleHolder: () => true }).status).toBe('unmatched');
  });

  it('matches against a runner-up within the margin that spells a word otherwise than the name and the best, and no word closer', () => {
    let asked = 0;
    const outspelt = (word: string | undefined, but?: string) => () => {
      asked++;
      return word === undefined ? undefined : { word, but };
    };
    expect(decide(0.976, 0.954, DEFAULTS, { outspelt: outspelt('britskiy') })).toEqual({ status: 'matched', reason: expect.stringMatching(/spells "britskiy" otherwise/) });
    expect(decide(0.976, 0.954, DEFAULTS, { outspelt: outspelt(undefined) }).status).toBe('ambiguous');
    // (a mistyped word the runner-up reads more closely is named: the best took it for a slip of the pen)
    expect(decide(0.9, 0.892, DEFAULTS, { outspelt: outspelt('schinner', 'tays') }).reason).toMatch(/spells "schinner" otherwise or leaves it out, and no word closer but the mistyped "tays"$/);
    // asked only when the margin would make it ambiguous: not for a clear winner, a tie, or a score below the threshold
    asked = 0;
    expect(decide(0.976, 0.8, DEFAULTS, { outspelt: outspelt('x') }).status).toBe('matched');
    expect(decide(0.96, 0.96, DEFAULTS, { outspelt: outspelt('x') }).status).toBe('ambiguous');
    expect(decide(0.8, 0.79, DEFAULTS, { outspelt: outspelt('x') }).status).toBe('unmatched');
    expect(asked).toBe(0);
  });

  it('matches against a runner-up with the same words in another order than the name\'s', () => {
    expect(decide(0.985, 0.984, DEFAULTS).status).toBe('ambiguous');
    expect(decide(0.985, 0.984, DEFAULTS, { reordered: () => true })).toEqual({ status: 'matched', reason: expect.stringMatching(/same words, in another order/) });
    expect(decide(0.985, 0.984, DEFAULTS, { reordered: () => false }).status).toBe('ambiguous');
  });

  it('matches against a runner-up within the margin that is a longer name, reading no word closer', () => {
    expect(decide(0.95, 0.901, DEFAULTS, { longer: () => 'lrs\'' })).toEqual({ status: 'matched', reason: expect.stringMatching(/a word the name lacks \("lrs'"\)/) });
    expect(decide(0.95, 0.901, DEFAULTS, { longer: () => undefined }).status).toBe('ambiguous');
    expect(decide(0.95, 0.95, DEFAULTS, { longer: () => 'x' }).status).toBe('ambiguous');
  });

  it('matches against a runner-up within the margin when another spelling of the best reads as the name and none of the runner-up\'s comes close (Allemagne: آلمان and Alemania, not اليمن alone)', () => {
    const spellings = (best: number, runnerUp: number) => () => ({ best, runnerUp });
    expect(decide(0.964, 0.953, DEFAULTS, { otherSpellings: spellings(BORNE_OUT, BORNE_OUT - 2 * BORNE_OUT_GAP) })).toEqual({ status: 'matched', reason: expect.stringMatching(/another spelling of this entity reads as the name too/) });
    expect(decide(0.964, 0.964, DEFAULTS, { otherSpellings: spellings(0.95, 0.5) }).status).toBe('matched');
    // (too weak, or the runner-up's spellings bear it out as much)
    expect(decide(0.964, 0.953, DEFAULTS, { otherSpellings: spellings(BORNE_OUT - 0.01, 0) }).status).toBe('ambiguous');
    expect(decide(0.964, 0.953, DEFAULTS, { otherSpellings: spellings(0.95, 0.9) }).status).toBe('ambiguous');
    // (below the threshold it is no match whatever they say)
    expect(decide(0.84, 0.83, DEFAULTS, { otherSpellings: spellings(1, 0) }).status).toBe('unmatched');
  });

  it('says why the runner-up did not make it ambiguous', () => {
    expect(decide(0.974, 0.946, DEFAULTS).reason).toMatch(/2× as far/);
  });

  describe('a loose match that none of the entity\'s other spellings bears out', () => {
    const asked: number[] = [];
    const others = (otherForms: number, best: number) => (): Corroboration => {
      asked.push(otherForms);
      return { otherForms, best, alias: 'ملاوي' };
    };
    it('is not made when the entity has several other spellings and none is close', () => {
      const decision = decide(0.9, undefined, DEFAULTS, { corroborate: others(MIN_OTHER_FORMS, CORROBORATING - 0.01) });
      expect(decision.status).toBe('unmatched');
      expect(decision.reason).toMatch(/none of the entity's 3 other spellings/);
    });
    it('is made when one other spelling is close, or the entity has too few to tell', () => {
      expect(decide(0.9, undefined, DEFAULTS, { corroborate: others(MIN_OTHER_FORMS, CORROBORATING) }).status).toBe('matched');
      expect(decide(0.9, undefined, DEFAULTS, { corroborate: others(MIN_OTHER_FORMS - 1, 0) }).status).toBe('matched');
    });
    it('is asked only of a match below CORROBORATE_BELOW', () => {
      asked.length = 0;
      expect(decide(CORROBORATE_BELOW, undefined, DEFAULTS, { corroborate: others(10, 0) }).status).toBe('matched');
      expect(decide(0.8, undefined, DEFAULTS, { corroborate: others(10, 0) }).status).toBe('unmatched');
      expect(decide(0.96, 0.96, DEFAULTS, { corroborate: others(10, 0) }).status).toBe('ambiguous');
      expect(asked).toEqual([]);
    });
    it('in a resolver: a name read across scripts like one spelling only is unmatched; within a script it is not asked', () => {
      const resolver = createResolver({
        entities: [{ id: 'de', name: 'Germany', type: 'place', aliases: ['ألمانيا', 'Deutschland', 'Allemagne', 'Германия'] }, { id: 'it', name: 'Italy', type: 'place', aliases: ['Italia', 'Italie', 'Sicily', 'Италия'] }],
      });
      const elmina = resolver.resolve('Elmina'); // a town in Ghana
      expect(elmina.candidates[0]).toMatchObject({ id: 'de', alias: 'ألمانيا' });
      expect(elmina.score).toBeGreaterThan(DEFAULTS.matchThreshold);
      expect(elmina.status).toBe('unmatched');
      expect(elmina.explanation.decision).toMatch(/loose resemblance to one spelling only/);
      // (Sisilia matches Sicily loosely, and none of Italy's other spellings: within one script that is not asked)
      const sicily = resolver.resolve('Sisilia');
      expect(sicily.candidates[0]).toMatchObject({ id: 'it', alias: 'Sicily' });
      expect(sicily.score).toBeLessThan(CORROBORATE_BELOW);
      expect(sicily.status).toBe('matched');
      expect(resolver.resolve('Almanja').entity?.id).toBe('de');
    });
  });
});

describe('a person named in part (a given name dropped): every word of the name as one person’s name spells it', () => {
  const resolver = createResolver({
    entities: [
      { id: 'eva', name: 'Eva Porras Cerda', type: 'person' },
      { id: 'carlos', name: 'Carlos Porres Cerda', type: 'person' },
      { id: 'ana', name: 'Ana Lugo Reyes', type: 'person' },
      { id: 'rosa', name: 'Rosa Lugo Reyes', type: 'person' },
      { id: 'north', name: 'North Porras Cerda', type: 'place' },
      { id: 'south', name: 'South Porras Cerdo', type: 'place' },
    ],
  });
  it('is that person, though another person with one word spelt otherwise scores within the margin', () => {
    const result = resolver.resolve('Porras Cerda', { type: 'person' });
    expect(result.candidates[1]?.id).toBe('carlos');
    expect(result.candidates[0]!.score - result.candidates[1]!.score).toBeLessThan(DEFAULTS.ambiguityMargin);
    expect(result.status).toBe('matched');
    expect(result.entity?.id).toBe('eva');
    expect(result.explanation.decision).toMatch(/every word of the name/);
  });
  it('stays ambiguous when two people hold every word of it (Townsend, for either of two Townsends)', () => {
    expect(resolver.resolve('Lugo Reyes').status).toBe('ambiguous');
  });
  it('takes two words at least, and a person: a place named in part is left to the scores', () => {
    expect(resolver.resolve('Cerda', { type: 'person' }).status).not.toBe('matched');
    const place = resolver.resolve('Porras Cerda', { type: 'place' });
    expect(place.status).not.toBe('matched');
    expect(place.explanation.decision).not.toMatch(/every word of the name/);
  });
});

describe('a runner-up that needs every difference the best needs, and one more', () => {
  /** A resolver of people (id, name). */
  const people = (...named: [string, string][]) => createResolver({ entities: named.map(([id, name]) => ({ id, name, type: 'person' as const })) });
  /** The name is matched to `id`, though the runner-up scores within the margin: the decision says which word tells them apart. */
  const matchedWithinMargin = (resolver: ReturnType<typeof createResolver>, name: string, id: string, word?: string) => {
    const result = resolver.resolve(name);
    expect(result.candidates[0]!.score - result.candidates[1]!.score).toBeLessThan(DEFAULTS.ambiguityMargin);
    expect(result.status).toBe('matched');
    expect(result.entity?.id).toBe(id);
    if (word) expect(result.explanation.decision).toContain(`spells "${word}" otherwise or leaves it out`);
  };
  const resolver = people(['britskiy', 'Maryan Britskiy'], ['britska', 'Maryan Britska'], ['irina', 'Irina Pototska'], ['raina', 'Raina Pototska']);
  it('does not make the name ambiguous: one vowel off the best, that vowel and an ending off the runner-up', () => {
    matchedWithinMargin(resolver, 'Moryan Britskiy', 'britskiy', 'britskiy');
  });
  it('counts a word the keys read alike (the same code) as written alike beside one spelt alike, not alone', () => {
    const gladkivskis = people(['ska', 'Miroslav Gladkivska'], ['skiy', 'Miroslav Gladkivskiy']);
    matchedWithinMargin(gladkivskis, 'Miroslav Gladqivska', 'ska', 'gladqivska');
    expect(gladkivskis.resolve('Gladqivska').status).toBe('ambiguous');
  });
  it('matches a one-word name so only when no other entity holds the word as spelt (Townsend, for either of two Townsends)', () => {
    matchedWithinMargin(people(['mona', 'Mona Brenner'], ['gerrit', 'Gerrit Brunner']), 'Brenner', 'mona', 'brenner');
    const shared = createResolver({
      entities: [
        { id: 'mona', name: 'Mona Brenner', type: 'person' },
        { id: 'gerrit', name: 'Gerrit Brunner', type: 'person' },
        // (a Brenner the name scores below the runner-up on: the word is still not Mona's alone)
        { id: 'karl', name: 'Karl Heinz Ludwig Maria von Stauffenberg', type: 'person', aliases: ['Karl Heinz Ludwig Otto Franz Brenner Maria'] },
      ],
    });
    const both = shared.resolve('Brenner', { limit: 3 });
    expect(both.candidates.map((c) => c.id)).toEqual(['mona', 'gerrit', 'karl']);
    expect(both.status).toBe('ambiguous');
  });
  it('counts a word the best pairs with a close spelling and the runner-up leaves out (a middle name, to the runner-up)', () => {
    const burhans = people(['three', 'Brhn Khnfyr Lkry'], ['two', 'Brhn Lkry']);
    matchedWithinMargin(burhans, 'Brhn qhnfyr Lkry', 'three', 'qhnfyr');
    // not a word paired loosely: a word read as nothing like the best's is a middle name the table leaves out
    expect(burhans.resolve('Brhn Mwsa Lkry').entity?.id).not.toBe('three');
  });
  it('takes the name whole over a longer name holding it, read no closer (one word more, the runner-up\'s)', () => {
    const longer = people(['mndhr', 'Mndhr Lnbly'], ['lrs', 'Mndhr Lnbly Lrs`'], ['vrtl', 'Vrtl Tsdvk'], ['zrtl', 'Vrtl Zrtl Tsdvk']);
    for (const [name, id, extra] of [['Mndhhr Lnbly', 'mndhr', "lrs'"], ['Vrtr Tsdvk', 'vrtl', 'zrtl']] as const) {
      const result = longer.resolve(name);
      expect(result).toMatchObject({ status: 'matched', entity: { id } });
      expect(result.candidates[0]!.score - result.candidates[1]!.score).toBeLessThan(DEFAULTS.ambiguityMargin);
      expect(result.explanation.decision).toContain(`a word the name lacks ("${extra}")`);
    }
    // one word is too little to tell a name whole from a longer one
    expect(longer.resolve('Mndhr').status).toBe('ambiguous');
  });
  it('leaves two names each one spelling off the name ambiguous (Riina: Irina or Raina)', () => {
    expect(resolver.resolve('Riina Pototska').status).toBe('ambiguous');
  });
});
