import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../../shared/export/csvText.ts';

describe('CSV cells', () => {
  it('neutralise text a spreadsheet would run as a formula, never a number', () => {
    expect(csvCell('=SUM(A1)', true)).toBe("'=SUM(A1)");
    expect(csvCell('+1 区', true)).toBe("'+1 区");
    expect(csvCell('-1+2', true)).toBe("'-1+2");
    expect(csvCell('@cmd', true)).toBe("'@cmd");
    expect(csvCell('\tx', true)).toBe("'\tx");
    expect(csvCell(-3.5, true)).toBe('-3.5');
    expect(csvCell('-3.5', true)).toBe('-3.5');
    expect(csvCell('-12000', true)).toBe('-12000');
    expect(csvCell('=1+2', false)).toBe('=1+2');
  });

  it('quote what needs quoting and leave the rest as it is', () => {
    expect(csvCell('地区生产总值', true)).toBe('地区生产总值');
    expect(csvCell('a,b', true)).toBe('"a,b"');
    expect(csvCell('say "hi"\n', true)).toBe('"say ""hi""\n"');
    expect(csvCell('=a,b', true)).toBe(`"'=a,b"`);
    expect(csvCell(null, true)).toBe('');
  });

  it('write CRLF rows, with a BOM only when asked', () => {
    expect(csvText(['a', 'b'], [[1, 'x']], { bom: true, neutraliseFormulas: true })).toBe('\uFEFFa,b\r\n1,x\r\n');
    expect(csvText(['a'], [[null]], { bom: false, neutraliseFormulas: false })).toBe('a\r\n\r\n');
  });
});
