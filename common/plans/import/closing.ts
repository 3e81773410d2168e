/**
 * The end of a document: "Nơi nhận:" and its items, and the signature block — signing
 * authority ("TM.", "KT.", "Q.", "TL.", "TUQ."), the title line(s) in upper case, the name.
 *
 * The two blocks sit side by side on paper, so a paste or a PDF may interleave them or put
 * them on one line with a wide gap (the columns of a Line); every column is classified by
 * its own shape: a dash item is a recipient, an upper-case line a title, a capitalised
 * short line a name.
 */
import type { Signer } from '../plan-document.ts';
import type { Line } from './lines.ts';
import { parseLabel } from './outline.ts';
import { isNameLike, isUpperCaseText, startsWithLowercase, stripBullet, trimSentenceEnd } from './text-shape.ts';

export interface SignatureBlock {
  recipients: string[];
  hasRecipientsLine: boolean;
  signer: Signer;
}

const RECIPIENTS = /^Nơi\s+nhận\s*:?\s*/iu;
const AUTHORITY = /^(?:TM|KT|Q|TL|TUQ)\.\s?\S/u;
const SIGNATURE_NOTE = /^[([](?:[^()[\]]{0,40})(?:ký|dấu|đã ký|signed)(?:[^()[\]]{0,40})[)\]]$/iu;
const NOTE_AFTER_NAME = /\s*[([](?:đã\s)?ký[^()[\]]{0,30}[)\]]$/iu;
// Words of a title, to tell an upper-case name ("NGUYỄN VĂN AN") from a title line.
const TITLE_WORDS = /TRƯỞNG|PHÓ|GIÁM ĐỐC|HIỆU|CHỦ TỊCH|BAN|PHÒNG|SỞ|BỘ|UBND|ỦY BAN|UỶ BAN|THỨ|BÍ THƯ|CHÁNH|NHÀ TRƯỜNG|TỔ |ĐOÀN|HỘI|THƯ KÝ|VIÊN|GD|ĐT/u;

/** A line that can belong to a signature block (for finding where that block starts). */
export function isSignatureLine(text: string): boolean {
  if (SIGNATURE_NOTE.test(text)) return true;
  const t = text.replace(NOTE_AFTER_NAME, '');
  if (t.length > 120 || parseLabel(t).kind !== null) return false;
  return AUTHORITY.test(t) || isUpperCaseText(t) || isNameLike(t) || SIGNATURE_NOTE.test(t);
}

function recipientOf(text: string): string {
  return trimSentenceEnd(stripBullet(text));
}

/** Recipients and signer from the lines of the document's end. */
export function parseSignatureBlock(lines: Line[]): SignatureBlock {
  const recipients: string[] = [];
  let hasRecipientsLine = false;
  let inRecipients = false;
  let lastOpen = false;
  const authorities: string[] = [];
  const titles: string[] = [];
  const names: string[] = [];

  const addRecipient = (text: string) => {
    const recipient = recipientOf(text);
    if (recipient) recipients.push(recipient);
    lastOpen = !/[;.]$/.test(text.trim());
  };

  for (const line of lines) {
    for (const column of line.columns) {
      const text = column.trim();
      const head = RECIPIENTS.exec(text);
      if (head) {
        hasRecipientsLine = true;
        inRecipients = true;
        const rest = text.slice(head[0].length);
        if (rest) addRecipient(rest);
        else lastOpen = false;
        continue;
      }
      if (SIGNATURE_NOTE.test(text)) continue;
      if (AUTHORITY.test(text) && isUpperCaseText(text)) {
        // A second authority ("TM. ỦY BAN NHÂN DÂN" over "KT. CHỦ TỊCH") is printed as the
        // next line of the block: it goes with the title lines, in order.
        if (authorities.length === 0 && titles.length === 0) authorities.push(text);
        else titles.push(text);
        continue;
      }
      if (/^[-–—+•·]/u.test(text) || /^Lưu\b/iu.test(text)) {
        addRecipient(text);
        continue;
      }
      if (isUpperCaseText(text) && text.length <= 120) {
        titles.push(text);
        continue;
      }
      const name = text.replace(NOTE_AFTER_NAME, '');
      if (isNameLike(name)) {
        names.push(name);
        continue;
      }
      if (inRecipients && lastOpen && startsWithLowercase(text) && recipients.length > 0) {
        recipients[recipients.length - 1] = recipientOf(`${recipients[recipients.length - 1]} ${text}`);
        lastOpen = !/[;.]$/.test(text);
        continue;
      }
      if (inRecipients && /[;.]$/.test(text) && text.length <= 200) addRecipient(text);
    }
  }

  let name = names[names.length - 1] ?? null;
  // A name printed in upper case is the last upper-case line, when it holds no title word.
  if (!name && titles.length >= 2 && !TITLE_WORDS.test(titles[titles.length - 1]!)) name = titles.pop()!;
  const signer: Signer = { authority: authorities[0] ?? null, title: titles[0] ?? null, name };
  if (titles.length > 1) signer.extraTitles = titles.slice(1, 6);
  return { recipients, hasRecipientsLine, signer };
}
