import { describe, expect, it } from 'vitest';
import { formatCsv, formatCsvField, formatCsvRecord } from './csv-write.ts';

describe('formatCsv', () => {
  it('writes UTF-8 with a BOM, CRLF, and quotes only what needs quoting', () => {
    const bytes = formatCsv([
      ['Mã', 'Tên'],
      ['A', 'Trường "Hoa Sen", cơ sở 2'],
    ]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('Mã,Tên\r\nA,"Trường ""Hoa Sen"", cơ sở 2"\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(formatCsvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(formatCsvField('+84 912 345 678')).toBe("'+84 912 345 678");
    expect(formatCsvField('-1')).toBe("'-1");
    expect(formatCsvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(formatCsvField('\tx')).toBe("'\tx");
    expect(formatCsvField('Trường THCS')).toBe('Trường THCS');
  });

  it('writes numbers as numbers and blanks as empty fields', () => {
    expect(formatCsvRecord(['=A1', 1500000, null, 2.5, undefined, 'x'])).toBe("'=A1,1500000,,2.5,,x\r\n");
  });
});
