// Property tests: whatever bytes a file or a pasted cell holds, parsing never throws, always answers with a
// message when it refuses, and never changes Object.prototype.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkFiling, parseFiling, serializeFiling } from '../../src/shared/filing/schema';
import { parseAmount } from '../../src/shared/money/money';
import { smallFiling } from '../support/filing-fixture';

const good = serializeFiling(smallFiling());
const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

function prototypeUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join(',')).toBe(protoBefore);
  const probe = {} as Record<string, unknown>;
  for (const k of ['polluted', 'isAdmin', 'x', 'a', '0']) expect(probe[k]).toBeUndefined();
}

function answers(text: string): boolean {
  const r = parseFiling(text);
  if (r.ok) return typeof r.filing.format === 'string';
  return typeof r.message === 'string' && r.message.length > 0;
}

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'polluted');

/** The valid file with one random edit: deleted range, inserted junk, or a replaced character. */
const mutatedText = fc
  .tuple(fc.nat({ max: good.length }), fc.nat({ max: 60 }), fc.string({ maxLength: 12, unit: 'binary' }))
  .map(([at, len, junk]) => good.slice(0, at) + junk + good.slice(Math.min(good.length, at + len)));

/** The valid filing with a random JSON value (hostile keys included) put at a random place. */
const mutatedValue = fc
  .tuple(
    fc.constantFrom('meta', 'tables', 'stated', 'review', 'narrative', 'evaluations', 'glossary', 'customCodes', 'overview', 'explanations', 'version', 'template'),
    fc.jsonValue(),
    hostileKey,
    fc.boolean(),
  )
  .map(([field, value, key, nest]) => {
    const raw = JSON.parse(good) as Record<string, unknown>;
    raw[field] = nest ? JSON.parse(`{"${key}": ${JSON.stringify(value ?? null)}}`) : value;
    return raw;
  });

describe('parseFiling under generated input', () => {
  it('arbitrary strings (3,000)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (s) => answers(s)), { numRuns: 3000 });
    prototypeUntouched();
  });

  it('arbitrary JSON documents (3,000)', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 6 }), (s) => answers(s)), { numRuns: 3000 });
    prototypeUntouched();
  });

  it('the valid file with random damage (3,000)', () => {
    fc.assert(fc.property(mutatedText, (s) => answers(s)), { numRuns: 3000 });
    prototypeUntouched();
  });

  it('the valid filing with a random value in a random place, as text and as a value (3,000)', () => {
    fc.assert(
      fc.property(mutatedValue, (raw) => {
        const text = JSON.stringify(raw);
        const fromText = parseFiling(text);
        const fromValue = checkFiling(JSON.parse(text));
        expect(fromText.ok).toBe(fromValue.ok);
        return answers(text);
      }),
      { numRuns: 3000 },
    );
    prototypeUntouched();
  });

  it('hostile keys are never accepted, at any depth (1,000)', () => {
    fc.assert(
      fc.property(hostileKey.filter((k) => ['__proto__', 'constructor', 'prototype'].includes(k)), fc.nat({ max: 3 }), (key, depth) => {
        const spot = ['"meta": {', '"tables": {', '"T01": {', '"1": {'][depth];
        const r = parseFiling(good.replace(spot, `${spot}"${key}": {"polluted": true},`));
        return !r.ok && r.message.includes(key);
      }),
      { numRuns: 1000 },
    );
    prototypeUntouched();
  });
});

describe('parseAmount under generated input', () => {
  const amountLike = fc.oneof(
    fc.string({ maxLength: 50, unit: 'binary' }),
    fc.stringMatching(/^[-+(（]?[¥￥]?[0-9０-９,，.．]{0,24}[)）]?$/),
    fc.double().map(String),
    fc.bigInt().map(String),
  );

  it('never throws; accepted values are finite with at most the allowed decimals (10,000)', () => {
    fc.assert(
      fc.property(amountLike, fc.constantFrom(2, 6), (s, maxDecimals) => {
        const r = parseAmount(s, maxDecimals);
        if (!r.ok) return typeof r.reason === 'string' && r.reason.length > 0;
        if (r.value === null) return true;
        return r.value.isFinite() && r.value.decimalPlaces() <= maxDecimals;
      }),
      { numRuns: 10_000 },
    );
    prototypeUntouched();
  });
});
