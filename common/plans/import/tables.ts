/**
 * A task table in a plan's body (columns STT | Nội dung | Đơn vị chủ trì | Phối hợp |
 * Thời gian | Kinh phí) read as items, each column to its field. A table whose header row
 * names no such columns is not a task table; the parser reads its cells as paragraphs.
 */
import type { PlanItem } from '../plan-document.ts';
import { toSearchKey } from '../../text/vietnamese.ts';

type Column = 'label' | 'text' | 'responsible' | 'coResponsible' | 'timeframe' | 'budget';

// Matched on the diacritic-free key of a header cell, in this order: "Đơn vị phối hợp thực
// hiện" is the co-responsible column although it says "thực hiện".
const COLUMN_WORDS: ReadonlyArray<[Column, RegExp]> = [
  ['label', /^(?:stt|tt|so tt|so thu tu)$/],
  ['coResponsible', /phoi hop/],
  ['text', /noi dung|nhiem vu|hoat dong|cong viec|giai phap/],
  ['timeframe', /thoi gian|tien do|thoi han|thoi diem/],
  ['budget', /kinh phi|nguon luc/],
  ['responsible', /chu tri|thuc hien|phu trach|nguoi|bo phan|don vi|trach nhiem/],
];

function columnsOf(header: string[]): Map<number, Column> | null {
  const columns = new Map<number, Column>();
  const taken = new Set<Column>();
  header.forEach((cell, i) => {
    const key = toSearchKey(cell);
    const found = COLUMN_WORDS.find(([column, words]) => !taken.has(column) && words.test(key));
    if (found) {
      columns.set(i, found[0]);
      taken.add(found[0]);
    }
  });
  const isTaskTable = taken.has('text') && (taken.has('responsible') || taken.has('timeframe') || taken.has('coResponsible') || taken.has('budget'));
  return isTaskTable ? columns : null;
}

/** Items of a task table (its first row the header), or null when it is not one. */
export function itemsFromTable(rows: string[][]): PlanItem[] | null {
  const [header, ...body] = rows;
  if (!header || body.length === 0) return null;
  const columns = columnsOf(header);
  if (!columns) return null;
  const items: PlanItem[] = [];
  for (const row of body) {
    const item: PlanItem = { label: null, text: '', kind: 'task' };
    columns.forEach((column, i) => {
      const value = row[i]?.trim() ?? '';
      if (!value) return;
      if (column === 'label') item.label = value.slice(0, 20);
      else if (column === 'text') item.text = value;
      else item[column] = value.slice(0, 1_000);
    });
    if (item.text) items.push(item);
  }
  return items;
}
