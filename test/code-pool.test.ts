/** The whole-name code pool: every form's codes come back as they went in. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CodePoolBuilder, concatPools, formCodes } from '../src/candidates/code-pool.js';

const code = fc.string({ unit: fc.constantFrom(...'abdfhiklmnrstuAEHIKOVWXY\''.split('')), minLength: 1, maxLength: 30 });

describe('code pool', () => {
  it('gives back each form its joined and core codes, whether built in one piece or several', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(code, fc.option(code, { nil: undefined })), { maxLength: 40 }), fc.nat(40), (forms, cutAt) => {
        const cut = Math.min(cutAt, forms.length);
        const build = (part: typeof forms) => {
          const builder = new CodePoolBuilder();
          for (const [joined, core] of part) builder.add(joined, core ?? joined);
          return builder.finish();
        };
        const whole = build(forms);
        const pieces = concatPools([build(forms.slice(0, cut)), build(forms.slice(cut))]);
        expect([...pieces.start]).toEqual([...whole.start]);
        forms.forEach(([joined, core], f) => {
          expect(formCodes(whole, f)).toEqual({ code: joined, coreCode: core ?? joined });
          expect(formCodes(pieces, f)).toEqual({ code: joined, coreCode: core ?? joined });
        });
      }),
    );
  });

  it('refuses an empty code, which would read as "the same as the joined code"', () => {
    expect(() => new CodePoolBuilder().add('haftar', '')).toThrow(/empty/);
  });

  it('refuses a code that is not ASCII (a phonetic rule gone wrong), naming it', () => {
    expect(() => new CodePoolBuilder().add('ḥaftar', 'ḥaftar')).toThrow(/ḥaftar/);
  });
});
