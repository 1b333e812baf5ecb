import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../shared/export/datasetCsv.ts';

describe('CSV cells', () => {
  it('neutralise formulas and quote what needs quoting', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-3.5')).toBe("'-3.5");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('地区生产总值')).toBe('地区生产总值');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"\n')).toBe('"say ""hi""\n"');
    expect(csvCell('=a,b')).toBe(`"'=a,b"`);
  });
});
