import { describe, expect, it } from 'vitest';
import { csvField, csvLine, csvMoscowTime, csvNumber } from './csv-format';

describe('CSV fields', () => {
  it('quotes what would break a row and doubles quotes', () => {
    expect(csvField('Шипиловская улица, д. 35')).toBe('Шипиловская улица, д. 35');
    expect(csvField('а;б')).toBe('"а;б"');
    expect(csvField('«так» и "так"')).toBe('"«так» и ""так"""');
    expect(csvField('две\nстроки')).toBe('"две\nстроки"');
    expect(csvLine(['a', null, 3])).toBe('a;;3');
  });

  it('defuses what Excel would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+7 495 000-00-00')).toBe("'+7 495 000-00-00");
    expect(csvField('@home')).toBe("'@home");
  });

  it('writes numbers with a decimal comma and times in Moscow', () => {
    expect(csvNumber(13.25, 1)).toBe('13,3');
    expect(csvNumber(56)).toBe('56');
    expect(csvMoscowTime(Date.parse('2026-03-29T21:30:00Z'))).toBe('30.03.2026 00:30');
  });
});
