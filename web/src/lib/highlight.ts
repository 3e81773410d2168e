/**
 * Which parts of a name match a search, ignoring diacritics the way the server does:
 * "thanh tri" marks "Thanh" and "Trì" in "UBND xã Thanh Trì".
 */
import { toSearchKey } from '../../../common/text/vietnamese.ts';

export interface TextPart {
  text: string;
  isMatch: boolean;
}

/** Folds one character to what search compares; keeps one output character per input. */
function foldChar(ch: string): string {
  const key = toSearchKey(ch);
  return key.length === 1 ? key : key.length === 0 ? ' ' : key[0]!;
}

export function splitMatches(text: string, query: string): TextPart[] {
  const chars = Array.from(text.normalize('NFC'));
  const folded = chars.map(foldChar).join('');
  const words = toSearchKey(query).split(' ').filter((w) => w.length > 0);
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const word of words) {
    let from = folded.indexOf(word);
    while (from !== -1) {
      for (let i = from; i < from + word.length; i += 1) marked[i] = true;
      from = folded.indexOf(word, from + word.length);
    }
  }
  const parts: TextPart[] = [];
  chars.forEach((ch, i) => {
    const isMatch = marked[i]!;
    const last = parts[parts.length - 1];
    if (last && last.isMatch === isMatch) last.text += ch;
    else parts.push({ text: ch, isMatch });
  });
  return parts;
}
