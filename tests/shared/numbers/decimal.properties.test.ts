import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDecimal, compareDecimal, multiplyDecimal, parseDecimal, shiftDecimal, subtractDecimal,
} from '../../../shared/numbers/index.ts';

// Decimals as reports write them: an integer part, an optional fraction, an optional sign.
const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.option(fc.stringMatching(/^[0-9]{1,12}$/), { nil: undefined }))
  .map(([negative, int, frac]) => `${negative ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}`);
const exponent = fc.integer({ min: -40, max: 40 });
const CANONICAL = /^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$/;

describe('decimal properties', () => {
  it('always returns canonical form: never an exponent, no trailing zeros after the point, no "-0"', () => {
    fc.assert(fc.property(decimalText, exponent, (d, k) => {
      const shifted = shiftDecimal(d, k);
      expect(shifted).toMatch(CANONICAL);
      expect(multiplyDecimal(d, d)).toMatch(CANONICAL);
    }));
  });

  it('shifting by 10^k and back gives the same value', () => {
    fc.assert(fc.property(decimalText, exponent, (d, k) => {
      expect(shiftDecimal(shiftDecimal(d, k), -k)).toBe(parseDecimal(d));
    }));
  });

  it('shifting equals multiplying by the written power of ten', () => {
    fc.assert(fc.property(decimalText, fc.integer({ min: 0, max: 20 }), (d, k) => {
      expect(multiplyDecimal(d, `1${'0'.repeat(k)}`)).toBe(shiftDecimal(d, k));
    }));
  });

  it('parse gives the canonical form of the written value, whether or not it was written canonically', () => {
    fc.assert(fc.property(decimalText, (d) => {
      const negative = d.startsWith('-');
      const [int = '', frac = ''] = (negative ? d.slice(1) : d).split('.');
      const fraction = frac.replace(/0+$/, '');
      const whole = int.replace(/^0+(?=\d)/, '');
      const zero = /^0*$/.test(whole) && fraction === '';
      const expected = `${negative && !zero ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
      expect(parseDecimal(d)).toBe(expected);
      expect(parseDecimal(expected)).toBe(expected);
    }));
    expect(parseDecimal('-0')).toBe('0');
    expect(parseDecimal('0.50')).toBe('0.5');
  });

  it('integers round-trip through parse, with or without thousands separators', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), (n) => {
      expect(parseDecimal(n.toString())).toBe(n.toString());
      const grouped = n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      expect(parseDecimal(grouped)).toBe(n.toString());
    }));
  });

  it('parsing is idempotent on its own output', () => {
    fc.assert(fc.property(decimalText, (d) => {
      const once = parseDecimal(d);
      expect(once).not.toBeNull();
      expect(parseDecimal(once ?? '')).toBe(once);
    }));
  });

  it('addition and subtraction are inverse, and agree with compare', () => {
    fc.assert(fc.property(decimalText, decimalText, (a, b) => {
      const sum = addDecimal(a, b);
      expect(subtractDecimal(sum, b)).toBe(parseDecimal(a));
      expect(compareDecimal(a, b) + compareDecimal(b, a)).toBe(0); // antisymmetric
      expect(Math.sign(compareDecimal(subtractDecimal(a, b), '0'))).toBe(compareDecimal(a, b));
    }));
  });
});
