import { describe, expect, it } from 'vitest';
import { formatReportNumber, parseReportNumber } from './report-number.ts';

const read = (text: string) => {
  const parsed = parseReportNumber(text);
  return parsed.ok ? parsed.value : 'invalid';
};

describe('parseReportNumber', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['0', 0],
    ['42', 42],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['12,5', 12.5],
    [',5', 0.5],
    ['1.234,5', 1234.5],
    ['1 234', 1234],
    ['1\u00a0234,75', 1234.75],
    ['12,5%', 12.5],
    ['-3', -3],
  ])('reads the Vietnamese way: %j → %j', (text, value) => {
    expect(read(text)).toBe(value);
  });

  it.each([
    ['12.5', 12.5],
    ['1,234,567', 1234567],
    ['1,234.5', 1234.5],
    ['0.75', 0.75],
  ])('still understands a number typed the English way: %j → %j', (text, value) => {
    expect(read(text)).toBe(value);
  });

  it.each(['abc', '12a', '1..2', '1,2,3', '1.23.4', '1.234,5,6', '--1', '1-2', '١٢', '12,5.3', 'e5', 'Infinity'])('refuses %j instead of dropping it', (text) => {
    expect(read(text)).toBe('invalid');
  });

  it('keeps blank apart from zero', () => {
    expect(read('')).toBeNull();
    expect(read('0')).toBe(0);
  });
});

describe('formatReportNumber', () => {
  it('shows figures as a Vietnamese reader expects', () => {
    expect(formatReportNumber(1234)).toBe('1.234');
    expect(formatReportNumber(1234.5)).toBe('1.234,5');
    expect(formatReportNumber(0)).toBe('0');
  });

  it('reads back what it writes', () => {
    for (const value of [0, 7, 1234, 98765.4321, 1234567.5]) expect(read(formatReportNumber(value))).toBe(value);
  });
});
