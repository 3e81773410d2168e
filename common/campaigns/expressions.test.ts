import { describe, expect, it } from 'vitest';
import {
  MAX_EXPRESSION_LENGTH,
  evaluate,
  parseExpression,
  parseRuleExpression,
  referencesOf,
  splitReference,
  toLookup,
  toValueKey,
} from './expressions.ts';
import type { ExpressionValue } from './expressions.ts';

type Values = Record<string, number | null>;

function run(text: string, values: Values = {}): ExpressionValue {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
  return evaluate(parsed.expression, toLookup(values));
}

function errorOf(text: string): string {
  const parsed = parseExpression(text);
  if (parsed.ok) throw new Error(`${text} parsed`);
  return parsed.error.message;
}

const staff: Values = { 'staff.total': 40, 'staff.female': 28, 'staff.male': 12, 'managers.total': 3, 'managers.female': null, E12: 5, 'E12.nu': 2 };

describe('evaluate — arithmetic, precedence, functions', () => {
  it.each<[string, ExpressionValue]>([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['8 / 4 / 2', 1],
    ['-2 * 3', -6],
    ['- -2', 2],
    ['+5', 5],
    ['0.5 + 0.25', 0.75],
    ['staff.female + staff.male', 40],
    ['E12 - E12.nu', 3],
    ['staff.female / staff.total * 100', 70],
    ['sum(staff.female, staff.male, 1)', 41],
    ['min(3, 1, 2)', 1],
    ['max(3, 1, 2)', 3],
    ['abs(-4.5)', 4.5],
    ['round(2.5)', 3],
    ['round(-2.5)', -3],
    ['round(1.005, 2)', 1.01],
    ['round(28 / 40 * 100, 1)', 70],
    ['round(2 / 3 * 100, 1)', 66.7],
    ['if(staff.total > 0, staff.female / staff.total, 0)', 0.7],
    ['SUM(1, 2)', 3],
  ])('%s = %s', (text, expected) => expect(run(text, staff)).toBe(expected));
});

describe('evaluate — comparisons and logic', () => {
  it.each<[string, ExpressionValue]>([
    ['staff.female <= staff.total', true],
    ['staff.female > staff.total', false],
    ['staff.female + staff.male == staff.total', true],
    ['staff.female != staff.male', true],
    ['0.1 + 0.2 == 0.3', true],
    ['0.1 + 0.2 <= 0.3', true],
    ['0.1 + 0.2 > 0.3', false],
    ['1 < 1', false],
    ['1 >= 1', true],
    ['staff.total > 0 and staff.female <= staff.total', true],
    ['staff.total > 0 && staff.female > staff.total', false],
    ['staff.total < 0 or staff.female <= staff.total', true],
    ['staff.total < 0 || staff.female > staff.total', false],
    ['not staff.total < 0', true],
    ['!(staff.total > 0)', false],
    ['NOT staff.total < 0 AND staff.male > 0', true],
    // not > and > or: (not false) or (true and false) = true
    ['not 1 > 2 or 1 < 2 and 1 > 2', true],
    // and binds tighter than or: false or (true and true)
    ['1 > 2 or 1 < 2 and 2 < 3', true],
    ['isBlank(staff.total) == isBlank(staff.female)', true],
    ['isBlank(managers.female) != isBlank(managers.total)', true],
    ['if(staff.total > 0, staff.female <= staff.total, 1 == 1)', true],
  ])('%s → %s', (text, expected) => expect(run(text, staff)).toBe(expected));
});

describe('evaluate — missing values (null) and what cannot be evaluated', () => {
  const values: Values = { a: 5, zero: 0, blank: null };
  it.each<[string, ExpressionValue]>([
    ['blank', null],
    ['missing.element', null],
    ['blank + 1', null],
    ['-blank', null],
    ['sum(a, blank)', null],
    ['min(a, blank)', null],
    ['round(blank, 1)', null],
    ['round(a, zero - 1)', null], // digits computed negative
    ['a / zero', null],
    ['a / (a - 5)', null],
    ['blank <= a', null],
    ['blank == blank', null],
    ['not (blank > 1)', null],
    ['isBlank(blank)', true],
    ['isBlank(missing.element)', true],
    ['isBlank(a)', false],
    ['isBlank(a / zero)', true],
    ['if(isBlank(blank), 0, blank) + a', 5],
    ['if(blank > 1, 1, 2)', null],
    // Three-valued logic: a decided side decides.
    ['blank > 1 and 1 > 2', false],
    ['1 > 2 and blank > 1', false],
    ['blank > 1 and 1 < 2', null],
    ['blank > 1 or 1 < 2', true],
    ['1 < 2 or blank > 1', true],
    ['blank > 1 or 1 > 2', null],
    ['isBlank(blank) or blank <= a', true],
  ])('%s → %s', (text, expected) => expect(run(text, values)).toBe(expected));

  it('short-circuits: the side that decides is enough, the other is not consulted', () => {
    const parsed = parseExpression('a > 10 and b > 0');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const asked: string[] = [];
    evaluate(parsed.expression, (path) => (asked.push(path), path === 'a' ? 1 : 2));
    expect(asked).toEqual(['a']);
  });

  it('reads only own values: a reference named like an Object property is blank', () => {
    expect(run('isBlank(constructor) and isBlank(__proto__) and isBlank(toString)', {})).toBe(true);
  });

  it('treats a non-finite value from the lookup as blank', () => {
    const parsed = parseExpression('isBlank(x)');
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(evaluate(parsed.expression, () => Number.POSITIVE_INFINITY)).toBe(true);
  });

  it('accepts a Map or a function as the values', () => {
    const parsed = parseExpression('a.b + 1');
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(evaluate(parsed.expression, toLookup(new Map([['a.b', 2]])))).toBe(3);
    expect(evaluate(parsed.expression, toLookup((path) => (path === 'a.b' ? 4 : null)))).toBe(5);
  });
});

describe('parseExpression — errors with a position and a Vietnamese message', () => {
  it.each([
    ['(staff.female + staff.male', 'Thiếu dấu ngoặc đóng tại vị trí 27'],
    ['sum(a, b', 'Thiếu dấu ngoặc đóng tại vị trí 9'],
    ['(a + b c', 'Thiếu dấu ngoặc đóng hoặc phép toán trước "c" tại vị trí 8'],
    ['staff.female <= staff.total)', 'Thừa dấu ngoặc đóng tại vị trí 28'],
    ['', 'Biểu thức trống'],
    ['   ', 'Biểu thức trống'],
    ['a +', 'Biểu thức chưa kết thúc, thiếu giá trị tại vị trí 4'],
    ['a + * b', 'Thiếu giá trị trước "*" tại vị trí 5'],
    ['()', 'Thiếu giá trị trước dấu ngoặc đóng tại vị trí 2'],
    ['a b', 'Không mong đợi "b" tại vị trí 3'],
    ['a !', 'Không mong đợi "!" tại vị trí 3'],
    ['a = b', 'Dùng "==" để so sánh bằng tại vị trí 3'],
    ['a > 1 & b > 1', 'Dùng "and" hoặc "&&" tại vị trí 7'],
    ['a > 1 | b > 1', 'Dùng "or" hoặc "||" tại vị trí 7'],
    ['sum(a; b)', 'Các tham số cách nhau bằng dấu phẩy "," tại vị trí 6'],
    ['a < b < c', 'Không so sánh liên tiếp được, hãy tách bằng "and" tại vị trí 7'],
    ['1,5 + a', 'Dấu phẩy chỉ ngăn cách tham số của hàm; số thập phân viết bằng dấu chấm (1.5) tại vị trí 2'],
    ['1.234.5 > a', 'Số không hợp lệ tại vị trí 1'],
    ['12abc > a', 'Số không hợp lệ tại vị trí 1'],
    ['staff. > 1', 'Tên chỉ tiêu không hợp lệ tại vị trí 1'],
    ['staff.female@ > 1', 'Ký tự không hợp lệ "@" tại vị trí 13'],
    ['Nữ <= a', 'Tên chỉ tiêu chỉ gồm chữ không dấu, số và "_", không dùng "ữ" tại vị trí 2'],
    ['foo(a)', 'Không có hàm "foo" tại vị trí 1'],
    ['staff.total(a)', 'Không có hàm "staff.total" tại vị trí 1'],
    ['sum()', 'Hàm sum cần ít nhất 1 tham số tại vị trí 1'],
    ['abs(a, b)', 'Hàm abs cần đúng 1 tham số tại vị trí 1'],
    ['round(a, 2, 3)', 'Hàm round cần 1 hoặc 2 tham số tại vị trí 1'],
    ['round(a, 1.5)', 'Số chữ số thập phân của hàm round phải là số nguyên từ 0 đến 10 tại vị trí 10'],
    ['if(a > 1, 2)', 'Hàm if cần đúng 3 tham số: điều kiện, giá trị khi đúng, giá trị khi sai tại vị trí 1'],
    ['if(a, 1, 2)', 'Tham số đầu của hàm if phải là một điều kiện tại vị trí 4'],
    ['if(a > 1, 1, a > 2)', 'Hai giá trị của hàm if phải cùng là số hoặc cùng là điều kiện tại vị trí 14'],
    ['a + (b > 1)', 'Phép "+" cần giá trị số tại vị trí 6'],
    ['a and b > 1', '"and" cần một điều kiện (ví dụ một phép so sánh) tại vị trí 1'],
    ['a > 1 || b', '"||" cần một điều kiện (ví dụ một phép so sánh) tại vị trí 10'],
    ['not a', '"not" cần một điều kiện tại vị trí 5'],
    ['-(a > 1)', 'Dấu "-" cần giá trị số tại vị trí 3'],
    ['a > (b < c)', 'Phép so sánh ">" cần giá trị số tại vị trí 6'],
    ['a == (b < c)', 'Không so sánh được một số với một điều kiện tại vị trí 3'],
    ['sum(a, b > 1)', 'Hàm sum cần giá trị số tại vị trí 8'],
    ['isBlank(a > 1)', 'Hàm isBlank cần giá trị số tại vị trí 9'],
    ['and > 1', 'Thiếu giá trị trước "and" tại vị trí 1'],
    [`${'9'.repeat(400)} > a`, 'Số quá lớn tại vị trí 1'],
  ])('%s → %s', (text, message) => expect(errorOf(text)).toBe(message));

  it('reports the 1-based position as a number too', () => {
    const parsed = parseExpression('(staff.female + staff.male');
    expect(parsed).toEqual({ ok: false, error: { message: 'Thiếu dấu ngoặc đóng tại vị trí 27', position: 27 } });
  });

  it('refuses pathological input: too long, nested too deep', () => {
    expect(errorOf('a'.repeat(MAX_EXPRESSION_LENGTH + 1))).toBe('Biểu thức quá dài (tối đa 2000 ký tự)');
    expect(errorOf(`${'('.repeat(40)}a${')'.repeat(40)} > 1`)).toMatch(/^Biểu thức lồng nhau quá sâu \(tối đa 32 cấp\) tại vị trí \d+$/);
    expect(errorOf(`${'-'.repeat(100)}a > 1`)).toMatch(/^Biểu thức lồng nhau quá sâu/);
    expect(errorOf(`${'not '.repeat(100)}a > 1`)).toMatch(/^Biểu thức lồng nhau quá sâu/);
    expect(errorOf(`${'sum('.repeat(40)}a${')'.repeat(40)} > 1`)).toMatch(/^Biểu thức lồng nhau quá sâu/);
  });

  it('accepts nesting up to the limit and long flat chains', () => {
    expect(run(`${'('.repeat(30)}1${')'.repeat(30)} + 1`)).toBe(2);
    const chain = `a${' + a'.repeat(399)}`; // 1,999 characters
    expect(chain.length).toBeLessThanOrEqual(MAX_EXPRESSION_LENGTH);
    expect(run(chain, { a: 1 })).toBe(400);
  });
});

describe('the examples in the module header', () => {
  it.each([
    'staff.female <= staff.total',
    'isBlank(managers.female) or managers.female <= managers.total',
    'if(staff.total > 0, staff.female / staff.total, 0) < 0.9',
    'round(planning.female / planning.total * 100, 1) >= 40 || planning.total == 0',
  ])('%s is a valid rule', (text) => expect(parseRuleExpression(text).ok).toBe(true));
  it('has no true/false literals: `true` is read as an element, a number', () => {
    expect(errorOf('if(a > 1, true, a > 2)')).toBe('Hai giá trị của hàm if phải cùng là số hoặc cùng là điều kiện tại vị trí 17');
  });
});

describe('parseRuleExpression', () => {
  it('requires a condition', () => {
    expect(parseRuleExpression('staff.female <= staff.total').ok).toBe(true);
    expect(parseRuleExpression('staff.female + 1')).toEqual({
      ok: false,
      error: { message: 'Quy tắc kiểm tra phải là một điều kiện, ví dụ: staff.female <= staff.total', position: 1 },
    });
  });
});

describe('referencesOf, splitReference, toValueKey', () => {
  it('lists each reference once, in order of first appearance, from every kind of node', () => {
    const parsed = parseExpression('if(isBlank(b.x), -a, sum(c, a, abs(d.e.f))) <= round(b.x / g, 1) and not (h == 0) or staff.total > 0');
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(referencesOf(parsed.expression)).toEqual(['b.x', 'a', 'c', 'd.e.f', 'g', 'h', 'staff.total']);
  });
  it('splits and joins element and disaggregation', () => {
    expect(splitReference('staff.female.minority')).toEqual({ element: 'staff', categories: ['female', 'minority'] });
    expect(splitReference('E12')).toEqual({ element: 'E12', categories: [] });
    expect(toValueKey('staff', ['female'])).toBe('staff.female');
    expect(toValueKey('E12')).toBe('E12');
  });
});
