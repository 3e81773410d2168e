/**
 * The plan importer's public API: paragraphs or pasted text in, a PlanDocument and the
 * reviewer's warnings out. The parts (dates, citations, outline, targets, deadlines) are
 * exported for the editor's helpers and for tests.
 */
export { parsePlan, parsePlanText, periodOf, type PlanImportResult, type PlanImportWarning } from './parse-plan.ts';
export { paragraphsFromText, cleanLine, type SourceParagraph } from './source.ts';
export { findDates, parseVietnameseDate, parsePlaceDate, dateAtStart, type DateMatch, type DateParts, type PlaceDate } from './dates.ts';
export { parseCitation, parseCitationParagraph, citationLeadOf, isCitationStart, CITATION_TYPES, type CitationParagraph } from './citations.ts';
export { parseLabel, parseOutline, roleOfHeading, isHeadingShaped, blockMarkerOf, type Outline, type OutlineBlock, type OutlineSection, type ParsedLabel } from './outline.ts';
export { findTargets } from './targets.ts';
export { findReportingDeadlines, hasUndatedReportingPeriod, dedupeDeadlines } from './deadlines.ts';
export { parseHeader, type Header } from './header.ts';
export { parseSignatureBlock, type SignatureBlock } from './closing.ts';
export { unitKindsNamed, issuerKindOf, SCHOOL_KINDS } from './unit-kinds.ts';
