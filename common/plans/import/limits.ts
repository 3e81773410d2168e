/**
 * Fits an imported document into planDocumentSchema's bounds, so the importer's answer
 * always validates whatever was pasted. Long body text is cut into several paragraphs at
 * sentence ends (nothing is lost); a one-line field (issuer, recipient, signer) that long
 * is a misreading and is shortened; lists past their maximum are cut. Each cut is reported.
 */
import type { PlanDocument, PlanItem, PlanSection } from '../plan-document.ts';

const TEXT = 20_000;
const LINE = 1_000;
const LABEL = 20;

function clip(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

/** `value` in pieces of at most `max` characters, cut after a sentence or at a space when it can be. */
export function chunkText(value: string, max = TEXT): string[] {
  if (value.length <= max) return [value];
  const pieces: string[] = [];
  let rest = value;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = window.lastIndexOf('. ');
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    cut = cut < max / 2 ? max : cut + 1;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

export function fitToSchema(document: PlanDocument, warn: (message: string) => void): PlanDocument {
  let clipped = false;
  let split = false;
  const line = (value: string | null): string | null => {
    if (value === null || value.length <= LINE) return value;
    clipped = true;
    return clip(value, LINE);
  };
  const text = (value: string): string => {
    if (value.length <= TEXT) return value;
    clipped = true;
    return clip(value, TEXT);
  };
  const list = <T>(items: T[], max: number, what: string): T[] => {
    if (items.length <= max) return items;
    warn(`Có ${items.length} ${what}, chỉ giữ ${max} đầu tiên.`);
    return items.slice(0, max);
  };
  const paragraphs = (values: string[]): string[] =>
    values.flatMap((value) => {
      const pieces = chunkText(value);
      if (pieces.length > 1) split = true;
      return pieces;
    });
  const items = (values: PlanItem[]): PlanItem[] =>
    values.flatMap((item) => {
      const pieces = chunkText(item.text);
      if (pieces.length > 1) split = true;
      const fitted: PlanItem = {
        ...item,
        label: item.label === null ? null : clip(item.label, LABEL),
        ...(item.responsible != null ? { responsible: line(item.responsible) } : {}),
        ...(item.coResponsible != null ? { coResponsible: line(item.coResponsible) } : {}),
        ...(item.timeframe != null ? { timeframe: line(item.timeframe) } : {}),
        ...(item.budget != null ? { budget: line(item.budget) } : {}),
      };
      return pieces.map((piece, i) => (i === 0 ? { ...fitted, text: piece } : { ...fitted, label: null, text: piece }));
    });
  const sections = (values: PlanSection[], max: number): PlanSection[] =>
    list(values, max, 'mục cùng cấp').map((section) => ({
      ...section,
      label: section.label === null ? null : clip(section.label, LABEL),
      title: text(section.title),
      ...(section.assignedKinds ? { assignedKinds: section.assignedKinds.slice(0, 50) } : {}),
      items: list(items(section.items), 2_000, `đoạn trong mục “${clip(section.title, 60)}”`),
      sections: sections(section.sections, 500),
    }));

  const fitted: PlanDocument = {
    ...document,
    issuer: { parent: line(document.issuer.parent), name: line(document.issuer.name) },
    number: line(document.number),
    place: line(document.place),
    subject: document.subject === null ? null : text(document.subject),
    addressees: list(document.addressees.map((a) => line(a)!), 100, 'nơi được kính gửi'),
    title: text(document.title),
    legalBases: list(document.legalBases, 200, 'căn cứ').map((c) => ({
      ...c,
      type: line(c.type),
      number: line(c.number),
      issuer: line(c.issuer),
      title: c.title === null ? null : text(c.title),
      text: text(c.text),
    })),
    preamble: list(paragraphs(document.preamble), 100, 'đoạn mở đầu'),
    sections: sections(document.sections, 200),
    targets: list(document.targets, 500, 'chỉ tiêu').map((t) => ({ ...t, unit: clip(t.unit, 40), text: text(t.text) })),
    reportingDeadlines: list(document.reportingDeadlines, 50, 'hạn báo cáo').map((d) => ({ ...d, label: line(d.label)!, ...(d.text !== undefined ? { text: text(d.text) } : {}) })),
    closing: list(paragraphs(document.closing), 50, 'đoạn kết'),
    recipients: list(document.recipients.map((r) => line(r)!), 200, 'nơi nhận'),
    signer: {
      authority: line(document.signer.authority),
      title: line(document.signer.title),
      name: line(document.signer.name),
      ...(document.signer.extraTitles ? { extraTitles: document.signer.extraTitles.slice(0, 5).map((t) => line(t)!) } : {}),
    },
  };
  if (split) warn('Có đoạn dài quá 20.000 ký tự: đã tách thành nhiều đoạn, cần xem lại chỗ tách.');
  if (clipped) warn('Có dòng dài bất thường (tên đơn vị, nơi nhận, người ký …): đã cắt bớt, cần kiểm tra lại.');
  return fitted;
}
