/**
 * The validation-rule language of report templates (quy tắc kiểm tra): a small, safe
 * parser, type checker and evaluator (no eval, no Function). rules.ts runs a template's
 * rules with it.
 *
 * Syntax (canonical form, written by admins; case-insensitive keywords and functions):
 *
 *   staff.female <= staff.total
 *   isBlank(managers.female) or managers.female <= managers.total
 *   if(staff.total > 0, staff.female / staff.total, 0) < 0.9
 *   round(planning.female / planning.total * 100, 1) >= 40 || planning.total == 0
 *
 *   number        digits with an optional '.' decimal part: 12, 0.5 (no 1.234,5, no 1e3)
 *   reference     an element code, then its disaggregation as dot-separated categories:
 *                 `staff`, `staff.female`, `staff.female.minority`. Segments are ASCII
 *                 letters, digits and '_'; the first starts with a letter or '_'. References
 *                 are case-sensitive and are the same keys a report's values are stored under.
 *   arithmetic    + - * /  (unary - and +), usual precedence, parentheses
 *   comparison    < <= > >= == !=   — not chained: `a < b < c` is an error, write `a < b and b < c`.
 *                 Numbers are compared with a relative tolerance of 1e-9 so 0.1 + 0.2 == 0.3.
 *                 == and != also compare two conditions.
 *   logic         and / && , or / || , not / !   (not > and > or); there are no true/false
 *                 literals — write the condition itself
 *   functions     sum(a, b, …)  min(a, …)  max(a, …)  abs(x)  round(x[, digits])  (half away
 *                 from zero, digits 0–10)  if(condition, a, b)  isBlank(x)
 *
 * Types are checked when parsing: arithmetic and functions take numbers, logic takes
 * conditions, both branches of if() have the same type; a rule must be a condition.
 *
 * Missing values: an empty element is null. Arithmetic and functions with a null argument
 * give null (use if(isBlank(x), 0, x) to count a blank as 0); division by zero, a result
 * too large for a number, round() with bad digits give null. A comparison with null is
 * null, and `and`/`or`/`not` follow three-valued logic (false and null = false, true or
 * null = true, otherwise null). isBlank(x) is true when x has no value. A rule that
 * evaluates to null is "not evaluable": runRules skips it and lists it as such.
 *
 * Limits against pathological input: 2,000 characters, 32 levels of nesting.
 */

export const MAX_EXPRESSION_LENGTH = 2000;
export const MAX_NESTING_DEPTH = 32;
const MAX_ROUND_DIGITS = 10;

export type ValueType = 'number' | 'boolean';
export type ArithmeticOperator = '+' | '-' | '*' | '/';
export type ComparisonOperator = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type LogicalOperator = 'and' | 'or';
export const FUNCTION_NAMES = ['sum', 'min', 'max', 'abs', 'round', 'if', 'isBlank'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

interface NodeBase {
  /** 0-based offset of the node's first character in the expression text. */
  offset: number;
  valueType: ValueType;
}

export type ExpressionNode =
  | (NodeBase & { type: 'number'; value: number })
  | (NodeBase & { type: 'reference'; path: string })
  | (NodeBase & { type: 'negate'; operand: ExpressionNode })
  | (NodeBase & { type: 'not'; operand: ExpressionNode })
  | (NodeBase & { type: 'arithmetic'; operator: ArithmeticOperator; left: ExpressionNode; right: ExpressionNode })
  | (NodeBase & { type: 'comparison'; operator: ComparisonOperator; left: ExpressionNode; right: ExpressionNode })
  | (NodeBase & { type: 'logical'; operator: LogicalOperator; left: ExpressionNode; right: ExpressionNode })
  | (NodeBase & { type: 'call'; name: FunctionName; args: ExpressionNode[] });

export interface ExpressionError {
  /** Vietnamese, with the 1-based position: "Thiếu dấu ngoặc đóng tại vị trí 14". */
  message: string;
  /** 1-based character position, as in the message (length + 1 for "at the end"). */
  position: number;
}

export type ParseResult = { ok: true; expression: ExpressionNode } | { ok: false; error: ExpressionError };

export type ExpressionValue = number | boolean | null;
/** Reads an element's value by reference path; undefined and null both mean blank. */
export type ValueLookup = (path: string) => number | null | undefined;

// ---------------------------------------------------------------------------------------
// Tokens

type Token =
  | { kind: 'number'; text: string; offset: number }
  | { kind: 'name'; text: string; offset: number }
  | { kind: 'operator'; text: string; offset: number }
  | { kind: 'end'; text: ''; offset: number };

class SyntaxProblem extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

const at = (offset: number) => `tại vị trí ${offset + 1}`;

const OPERATORS = ['<=', '>=', '==', '!=', '&&', '||', '+', '-', '*', '/', '(', ')', ',', '<', '>', '!'];
const NUMBER = /[0-9]+(?:\.[0-9]+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*/y;
const SPACE = /\s/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (SPACE.test(ch)) {
      i += 1;
      continue;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      // "12abc" or "1.2.3" is a typo, not a number followed by a name.
      const next = text[i + number[0].length];
      if (next !== undefined && /[A-Za-z_.]/.test(next)) throw new SyntaxProblem(`Số không hợp lệ ${at(i)}`, i);
      tokens.push({ kind: 'number', text: number[0], offset: i });
      i += number[0].length;
      continue;
    }
    NAME.lastIndex = i;
    const name = NAME.exec(text);
    if (name) {
      if (text[i + name[0].length] === '.') throw new SyntaxProblem(`Tên chỉ tiêu không hợp lệ ${at(i)}`, i);
      tokens.push({ kind: 'name', text: name[0], offset: i });
      i += name[0].length;
      continue;
    }
    const operator = OPERATORS.find((op) => text.startsWith(op, i));
    if (operator) {
      tokens.push({ kind: 'operator', text: operator, offset: i });
      i += operator.length;
      continue;
    }
    if (ch === '=') throw new SyntaxProblem(`Dùng "==" để so sánh bằng ${at(i)}`, i);
    if (ch === '&') throw new SyntaxProblem(`Dùng "and" hoặc "&&" ${at(i)}`, i);
    if (ch === '|') throw new SyntaxProblem(`Dùng "or" hoặc "||" ${at(i)}`, i);
    if (ch === ';') throw new SyntaxProblem(`Các tham số cách nhau bằng dấu phẩy "," ${at(i)}`, i);
    const shown = String.fromCodePoint(text.codePointAt(i) ?? 0);
    if (/\p{L}/u.test(shown)) {
      throw new SyntaxProblem(`Tên chỉ tiêu chỉ gồm chữ không dấu, số và "_", không dùng "${shown}" ${at(i)}`, i);
    }
    throw new SyntaxProblem(`Ký tự không hợp lệ "${shown}" ${at(i)}`, i);
  }
  tokens.push({ kind: 'end', text: '', offset: text.length });
  return tokens;
}

// ---------------------------------------------------------------------------------------
// Parser: recursive descent, one function per precedence level, types checked as nodes are built.

// Maps, not object literals: a name like `constructor` must not find Object.prototype's.
const KEYWORDS = new Map<string, 'and' | 'or' | 'not'>([
  ['and', 'and'],
  ['or', 'or'],
  ['not', 'not'],
]);
const FUNCTION_BY_LOWER_NAME = new Map<string, FunctionName>(FUNCTION_NAMES.map((name) => [name.toLowerCase(), name]));

/** How many arguments each function takes, and how to say it. */
const ARITY: Record<FunctionName, { min: number; max: number; text: string }> = {
  sum: { min: 1, max: Infinity, text: 'ít nhất 1 tham số' },
  min: { min: 1, max: Infinity, text: 'ít nhất 1 tham số' },
  max: { min: 1, max: Infinity, text: 'ít nhất 1 tham số' },
  abs: { min: 1, max: 1, text: 'đúng 1 tham số' },
  round: { min: 1, max: 2, text: '1 hoặc 2 tham số' },
  if: { min: 3, max: 3, text: 'đúng 3 tham số: điều kiện, giá trị khi đúng, giá trị khi sai' },
  isBlank: { min: 1, max: 1, text: 'đúng 1 tham số' },
};

class Parser {
  private readonly tokens: Token[];
  private index = 0;
  private depth = 0;

  constructor(tokens: Token[]) {
    this.tokens = tokens;
  }

  parse(): ExpressionNode {
    const expression = this.parseOr();
    const rest = this.peek();
    if (rest.kind !== 'end') {
      if (rest.text === ')') throw new SyntaxProblem(`Thừa dấu ngoặc đóng ${at(rest.offset)}`, rest.offset);
      if (rest.text === ',') {
        throw new SyntaxProblem(`Dấu phẩy chỉ ngăn cách tham số của hàm; số thập phân viết bằng dấu chấm (1.5) ${at(rest.offset)}`, rest.offset);
      }
      throw new SyntaxProblem(`Không mong đợi "${rest.text}" ${at(rest.offset)}`, rest.offset);
    }
    return expression;
  }

  private peek(): Token {
    return this.tokens[this.index]!;
  }

  private next(): Token {
    const token = this.tokens[this.index]!;
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  /** The keyword a name token stands for ('AND' is 'and'), if any. */
  private keyword(token: Token): 'and' | 'or' | 'not' | undefined {
    return token.kind === 'name' ? KEYWORDS.get(token.text.toLowerCase()) : undefined;
  }

  private isOperator(token: Token, ...texts: string[]): boolean {
    return token.kind === 'operator' && texts.includes(token.text);
  }

  private nest<T>(offset: number, parse: () => T): T {
    this.depth += 1;
    if (this.depth > MAX_NESTING_DEPTH) {
      throw new SyntaxProblem(`Biểu thức lồng nhau quá sâu (tối đa ${MAX_NESTING_DEPTH} cấp) ${at(offset)}`, offset);
    }
    try {
      return parse();
    } finally {
      this.depth -= 1;
    }
  }

  private parseOr(): ExpressionNode {
    return this.nest(this.peek().offset, () => {
      let left = this.parseAnd();
      while (this.keyword(this.peek()) === 'or' || this.isOperator(this.peek(), '||')) {
        const operator = this.next();
        const right = this.parseAnd();
        left = logical('or', operator, left, right);
      }
      return left;
    });
  }

  private parseAnd(): ExpressionNode {
    let left = this.parseNot();
    while (this.keyword(this.peek()) === 'and' || this.isOperator(this.peek(), '&&')) {
      const operator = this.next();
      const right = this.parseNot();
      left = logical('and', operator, left, right);
    }
    return left;
  }

  private parseNot(): ExpressionNode {
    const token = this.peek();
    if (this.keyword(token) === 'not' || this.isOperator(token, '!')) {
      this.next();
      const operand = this.nest(token.offset, () => this.parseNot());
      requireType(operand, 'boolean', `"${token.text}" cần một điều kiện ${at(operand.offset)}`);
      return { type: 'not', operand, offset: token.offset, valueType: 'boolean' };
    }
    return this.parseComparison();
  }

  private parseComparison(): ExpressionNode {
    const left = this.parseAdditive();
    const token = this.peek();
    if (!this.isOperator(token, '<', '<=', '>', '>=', '==', '!=')) return left;
    this.next();
    const operator = token.text as ComparisonOperator;
    const right = this.parseAdditive();
    const after = this.peek();
    if (this.isOperator(after, '<', '<=', '>', '>=', '==', '!=')) {
      throw new SyntaxProblem(`Không so sánh liên tiếp được, hãy tách bằng "and" ${at(after.offset)}`, after.offset);
    }
    if (operator === '==' || operator === '!=') {
      if (left.valueType !== right.valueType) {
        throw new SyntaxProblem(`Không so sánh được một số với một điều kiện ${at(token.offset)}`, token.offset);
      }
    } else {
      requireType(left, 'number', `Phép so sánh "${operator}" cần giá trị số ${at(left.offset)}`);
      requireType(right, 'number', `Phép so sánh "${operator}" cần giá trị số ${at(right.offset)}`);
    }
    return { type: 'comparison', operator, left, right, offset: left.offset, valueType: 'boolean' };
  }

  private parseAdditive(): ExpressionNode {
    let left = this.parseMultiplicative();
    while (this.isOperator(this.peek(), '+', '-')) {
      const operator = this.next();
      left = arithmetic(operator, left, this.parseMultiplicative());
    }
    return left;
  }

  private parseMultiplicative(): ExpressionNode {
    let left = this.parseUnary();
    while (this.isOperator(this.peek(), '*', '/')) {
      const operator = this.next();
      left = arithmetic(operator, left, this.parseUnary());
    }
    return left;
  }

  private parseUnary(): ExpressionNode {
    const token = this.peek();
    if (this.isOperator(token, '-', '+')) {
      this.next();
      const operand = this.nest(token.offset, () => this.parseUnary());
      requireType(operand, 'number', `Dấu "${token.text}" cần giá trị số ${at(operand.offset)}`);
      return token.text === '-' ? { type: 'negate', operand, offset: token.offset, valueType: 'number' } : operand;
    }
    return this.parsePrimary();
  }

  private parsePrimary(): ExpressionNode {
    const token = this.next();
    if (token.kind === 'number') {
      const value = Number(token.text);
      if (!Number.isFinite(value)) throw new SyntaxProblem(`Số quá lớn ${at(token.offset)}`, token.offset);
      return { type: 'number', value, offset: token.offset, valueType: 'number' };
    }
    if (token.kind === 'name' && this.isOperator(this.peek(), '(')) return this.parseCall(token);
    if (token.kind === 'name' && !this.keyword(token)) {
      return { type: 'reference', path: token.text, offset: token.offset, valueType: 'number' };
    }
    if (this.isOperator(token, '(')) {
      const inner = this.parseOr();
      this.expectClosingParenthesis();
      return inner;
    }
    if (token.kind === 'end') throw new SyntaxProblem(`Biểu thức chưa kết thúc, thiếu giá trị ${at(token.offset)}`, token.offset);
    if (this.isOperator(token, ')')) throw new SyntaxProblem(`Thiếu giá trị trước dấu ngoặc đóng ${at(token.offset)}`, token.offset);
    throw new SyntaxProblem(`Thiếu giá trị trước "${token.text}" ${at(token.offset)}`, token.offset);
  }

  private expectClosingParenthesis(): void {
    const token = this.peek();
    if (!this.isOperator(token, ')')) {
      if (token.kind === 'end' || this.isOperator(token, ',')) {
        throw new SyntaxProblem(`Thiếu dấu ngoặc đóng ${at(token.offset)}`, token.offset);
      }
      throw new SyntaxProblem(`Thiếu dấu ngoặc đóng hoặc phép toán trước "${token.text}" ${at(token.offset)}`, token.offset);
    }
    this.next();
  }

  private parseCall(nameToken: Token): ExpressionNode {
    const name = FUNCTION_BY_LOWER_NAME.get(nameToken.text.toLowerCase());
    if (!name) throw new SyntaxProblem(`Không có hàm "${nameToken.text}" ${at(nameToken.offset)}`, nameToken.offset);
    this.next(); // (
    const args: ExpressionNode[] = [];
    if (!this.isOperator(this.peek(), ')')) {
      args.push(this.parseOr());
      while (this.isOperator(this.peek(), ',')) {
        this.next();
        args.push(this.parseOr());
      }
    }
    this.expectClosingParenthesis();
    const arity = ARITY[name];
    if (args.length < arity.min || args.length > arity.max) {
      throw new SyntaxProblem(`Hàm ${name} cần ${arity.text} ${at(nameToken.offset)}`, nameToken.offset);
    }
    return { type: 'call', name, args, offset: nameToken.offset, valueType: typeCall(name, args) };
  }
}

function requireType(node: ExpressionNode, type: ValueType, message: string): void {
  if (node.valueType !== type) throw new SyntaxProblem(message, node.offset);
}

function arithmetic(operator: Token, left: ExpressionNode, right: ExpressionNode): ExpressionNode {
  requireType(left, 'number', `Phép "${operator.text}" cần giá trị số ${at(left.offset)}`);
  requireType(right, 'number', `Phép "${operator.text}" cần giá trị số ${at(right.offset)}`);
  return { type: 'arithmetic', operator: operator.text as ArithmeticOperator, left, right, offset: left.offset, valueType: 'number' };
}

function logical(operator: LogicalOperator, token: Token, left: ExpressionNode, right: ExpressionNode): ExpressionNode {
  requireType(left, 'boolean', `"${token.text}" cần một điều kiện (ví dụ một phép so sánh) ${at(left.offset)}`);
  requireType(right, 'boolean', `"${token.text}" cần một điều kiện (ví dụ một phép so sánh) ${at(right.offset)}`);
  return { type: 'logical', operator, left, right, offset: left.offset, valueType: 'boolean' };
}

function typeCall(name: FunctionName, args: ExpressionNode[]): ValueType {
  if (name === 'if') {
    const [condition, whenTrue, whenFalse] = args as [ExpressionNode, ExpressionNode, ExpressionNode];
    requireType(condition, 'boolean', `Tham số đầu của hàm if phải là một điều kiện ${at(condition.offset)}`);
    if (whenTrue.valueType !== whenFalse.valueType) {
      throw new SyntaxProblem(`Hai giá trị của hàm if phải cùng là số hoặc cùng là điều kiện ${at(whenFalse.offset)}`, whenFalse.offset);
    }
    return whenTrue.valueType;
  }
  for (const arg of args) requireType(arg, 'number', `Hàm ${name} cần giá trị số ${at(arg.offset)}`);
  if (name === 'round' && args[1]?.type === 'number') {
    const digits = args[1].value;
    if (!Number.isInteger(digits) || digits > MAX_ROUND_DIGITS) {
      throw new SyntaxProblem(`Số chữ số thập phân của hàm round phải là số nguyên từ 0 đến ${MAX_ROUND_DIGITS} ${at(args[1].offset)}`, args[1].offset);
    }
  }
  return name === 'isBlank' ? 'boolean' : 'number';
}

/** Parses and type-checks an expression. Never throws on bad input: a parse error is a result. */
export function parseExpression(text: string): ParseResult {
  if (text.length > MAX_EXPRESSION_LENGTH) {
    return { ok: false, error: { message: `Biểu thức quá dài (tối đa ${MAX_EXPRESSION_LENGTH} ký tự)`, position: MAX_EXPRESSION_LENGTH + 1 } };
  }
  if (text.trim() === '') return { ok: false, error: { message: 'Biểu thức trống', position: 1 } };
  try {
    return { ok: true, expression: new Parser(tokenize(text)).parse() };
  } catch (problem) {
    if (problem instanceof SyntaxProblem) return { ok: false, error: { message: problem.message, position: problem.offset + 1 } };
    throw problem;
  }
}

/** Parses a rule: an expression that must be a condition (true when the data are right). */
export function parseRuleExpression(text: string): ParseResult {
  const parsed = parseExpression(text);
  if (parsed.ok && parsed.expression.valueType !== 'boolean') {
    return {
      ok: false,
      error: { message: 'Quy tắc kiểm tra phải là một điều kiện, ví dụ: staff.female <= staff.total', position: parsed.expression.offset + 1 },
    };
  }
  return parsed;
}

/** Every distinct reference path in the expression, in order of first appearance. */
export function referencesOf(expression: ExpressionNode): string[] {
  const found = new Set<string>();
  const visit = (node: ExpressionNode): void => {
    switch (node.type) {
      case 'reference':
        found.add(node.path);
        return;
      case 'negate':
      case 'not':
        visit(node.operand);
        return;
      case 'arithmetic':
      case 'comparison':
      case 'logical':
        visit(node.left);
        visit(node.right);
        return;
      case 'call':
        node.args.forEach(visit);
        return;
      case 'number':
        return;
    }
  };
  visit(expression);
  return [...found];
}

/** A reference path split into its element code and disaggregation categories. */
export function splitReference(path: string): { element: string; categories: string[] } {
  const [element = '', ...categories] = path.split('.');
  return { element, categories };
}

/** The key a value is stored and referenced under: 'staff' + ['female'] → 'staff.female'. */
export function toValueKey(element: string, categories: readonly string[] = []): string {
  return [element, ...categories].join('.');
}

// ---------------------------------------------------------------------------------------
// Evaluation

const RELATIVE_TOLERANCE = 1e-9;

function isNearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

function compareNumbers(operator: ComparisonOperator, a: number, b: number): boolean {
  const equal = isNearlyEqual(a, b);
  switch (operator) {
    case '==':
      return equal;
    case '!=':
      return !equal;
    case '<':
      return a < b && !equal;
    case '<=':
      return a < b || equal;
    case '>':
      return a > b && !equal;
    case '>=':
      return a > b || equal;
  }
}

/** Half away from zero, as people and spreadsheets round; the nudge makes 1.005 round to 1.01 as written. */
function roundHalfAwayFromZero(value: number, digits: number): number {
  const factor = 10 ** digits;
  const rounded = Math.round(Math.abs(value) * factor * (1 + Number.EPSILON)) / factor;
  return Math.sign(value) * rounded || 0;
}

const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);

function evaluateNode(node: ExpressionNode, lookup: ValueLookup): ExpressionValue {
  switch (node.type) {
    case 'number':
      return node.value;
    case 'reference': {
      const value = lookup(node.path);
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    }
    case 'negate': {
      const value = evaluateNode(node.operand, lookup) as number | null;
      return value === null ? null : -value;
    }
    case 'not': {
      const value = evaluateNode(node.operand, lookup) as boolean | null;
      return value === null ? null : !value;
    }
    case 'arithmetic': {
      const left = evaluateNode(node.left, lookup) as number | null;
      const right = evaluateNode(node.right, lookup) as number | null;
      if (left === null || right === null) return null;
      switch (node.operator) {
        case '+':
          return finiteOrNull(left + right);
        case '-':
          return finiteOrNull(left - right);
        case '*':
          return finiteOrNull(left * right);
        case '/':
          return right === 0 ? null : finiteOrNull(left / right);
      }
    }
    case 'comparison': {
      const left = evaluateNode(node.left, lookup);
      const right = evaluateNode(node.right, lookup);
      if (left === null || right === null) return null;
      if (typeof left === 'boolean' || typeof right === 'boolean') return node.operator === '==' ? left === right : left !== right;
      return compareNumbers(node.operator, left, right);
    }
    case 'logical': {
      // Kleene logic: a decided side decides, otherwise null stays null.
      const decisive = node.operator === 'and' ? false : true;
      const left = evaluateNode(node.left, lookup) as boolean | null;
      if (left === decisive) return decisive;
      const right = evaluateNode(node.right, lookup) as boolean | null;
      if (right === decisive) return decisive;
      return left === null || right === null ? null : !decisive;
    }
    case 'call':
      return evaluateCall(node.name, node.args, lookup);
  }
}

function evaluateCall(name: FunctionName, args: ExpressionNode[], lookup: ValueLookup): ExpressionValue {
  if (name === 'if') {
    const condition = evaluateNode(args[0]!, lookup);
    if (condition === null) return null;
    return evaluateNode(condition ? args[1]! : args[2]!, lookup);
  }
  const values = args.map((arg) => evaluateNode(arg, lookup) as number | null);
  if (name === 'isBlank') return values[0] === null;
  if (values.some((value) => value === null)) return null;
  const numbers = values as number[];
  switch (name) {
    case 'sum':
      return finiteOrNull(numbers.reduce((total, value) => total + value, 0));
    case 'min':
      return Math.min(...numbers);
    case 'max':
      return Math.max(...numbers);
    case 'abs':
      return Math.abs(numbers[0]!);
    case 'round': {
      const digits = numbers[1] ?? 0;
      if (!Number.isInteger(digits) || digits < 0 || digits > MAX_ROUND_DIGITS) return null;
      return roundHalfAwayFromZero(numbers[0]!, digits);
    }
  }
}

/** The value of a parsed expression: a number, a condition, or null when it cannot be evaluated. */
export function evaluate(expression: ExpressionNode, lookup: ValueLookup): ExpressionValue {
  return evaluateNode(expression, lookup);
}

/** A report's values by reference path, as a plain object, a Map, or a lookup function. */
export type ReportValues = Readonly<Record<string, number | null | undefined>> | ReadonlyMap<string, number | null> | ValueLookup;

export function toLookup(values: ReportValues): ValueLookup {
  if (typeof values === 'function') return values;
  if (values instanceof Map) return (path) => values.get(path);
  const record = values as Readonly<Record<string, number | null | undefined>>;
  // Own properties only: a reference called `constructor` must not find Object.prototype's.
  return (path) => (Object.hasOwn(record, path) ? record[path] : undefined);
}
