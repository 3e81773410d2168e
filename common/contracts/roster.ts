/**
 * The staff roster (issue 4): a unit's people with their history, the import from the
 * Excel file the unit already has, and the figures computed from it. Personal fields
 * travel only in `rosterPerson*` bodies, which the server answers to the unit's own
 * reporters alone (policy `roster:personal`); everything under `rosterStatistics` is
 * aggregates, readable for any subtree (`roster:stats`).
 *
 * The vocabularies are the pure core's (common/roster/roster-record.ts), so a value the
 * parsers produce is a value the contract accepts.
 */
import { z } from 'zod';
import {
  COMMITTEE_ROLES,
  DEGREES,
  POLITICAL_THEORY_LEVELS,
  POSITIONS,
  SEXES,
  STAFF_GROUPS,
  TRAINING_STANDARDS,
} from '../roster/roster-record.ts';
import { ROSTER_FIELDS } from '../roster/header-detection.ts';
import { STATISTIC_CODES } from '../roster/statistics.ts';
import { calendarDate, dateInput, optionalTextInput, textInput } from './shared.ts';
import { unitRef } from './units.ts';

const year = z.number().int().min(1900).max(2100);

/** What a person is during one period: the facts the figures are counted from. */
export const rosterFactsInput = z.object({
  sex: z.enum(SEXES),
  /** '01'..'54'; sensitive (dân tộc). Null when unknown. */
  ethnicGroupCode: z.string().regex(/^\d{2}$/).nullable(),
  position: z.enum(POSITIONS).nullable(),
  staffGroup: z.enum(STAFF_GROUPS).nullable(),
  degree: z.enum(DEGREES).nullable(),
  trainingStandard: z.enum(TRAINING_STANDARDS).nullable(),
  politicalTheory: z.enum(POLITICAL_THEORY_LEVELS).nullable(),
  isPartyMember: z.boolean(),
  isPartyCommitteeMember: z.boolean(),
  isInPlanningPool: z.boolean(),
  planningPoolPost: optionalTextInput(200),
  genderTrainingYears: z.array(year).max(50),
  committeeRole: z.enum(COMMITTEE_ROLES).nullable(),
});
export type RosterFactsInput = z.infer<typeof rosterFactsInput>;

/** The same facts as answered: plain values (a response schema cannot hold the input's transforms). */
export const rosterFactsView = rosterFactsInput.extend({ planningPoolPost: z.string().nullable() });
export type RosterFactsView = z.infer<typeof rosterFactsView>;

/** Add a person (thêm người): who they are, from when they are in the unit, and their facts. */
export const createRosterPersonBody = rosterFactsInput.extend({
  fullName: textInput(200),
  /** A full birth date or, as many rosters have, only the year. */
  birthDate: dateInput.nullable(),
  birthYear: year.nullable(),
  /** First day in the unit; defaults to today. */
  startDate: dateInput.nullable(),
});
export type CreateRosterPersonBody = z.infer<typeof createRosterPersonBody>;

/**
 * Change a person: the identity is corrected in place; the facts change from
 * `effectiveFrom` on (default today), so figures as of earlier dates stay as they were.
 */
export const updateRosterPersonBody = createRosterPersonBody.omit({ startDate: true }).extend({
  effectiveFrom: dateInput.nullable(),
});
export type UpdateRosterPersonBody = z.infer<typeof updateRosterPersonBody>;

/** End a person's time in the unit (nghỉ hưu, chuyển công tác…): `endDate` is the first day they are no longer there. */
export const endRosterPersonBody = z.object({ endDate: dateInput, reason: optionalTextInput(300) });

export const rosterVersion = rosterFactsView.extend({
  validFrom: calendarDate,
  validTo: calendarDate.nullable(),
  /** Why this period ended (nghỉ hưu, chuyển công tác…), when it was ended with a reason. */
  endReason: z.string().nullable(),
  recordedAt: z.string(),
  recordedByName: z.string().nullable(),
});
export type RosterVersionView = z.infer<typeof rosterVersion>;

/** A person as the unit's own officer sees them (personal data: every read is audited). */
export const rosterPerson = rosterFactsView.extend({
  id: z.number().int(),
  unitId: z.number().int(),
  fullName: z.string(),
  birthDate: calendarDate.nullable(),
  birthYear: z.number().int(),
  isEthnicMinority: z.boolean(),
  /** First day in the unit, and the first day no longer there (null: still there). */
  startDate: calendarDate,
  endDate: calendarDate.nullable(),
});
export type RosterPerson = z.infer<typeof rosterPerson>;

export const rosterPersonDetail = rosterPerson.extend({ versions: z.array(rosterVersion) });
export type RosterPersonDetail = z.infer<typeof rosterPersonDetail>;

export const rosterListQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  /** Diacritic-insensitive, on the name. */
  q: z.string().max(100).optional(),
  /** The roster as of a day (default today); `all` lists everyone who was ever in the unit. */
  asOf: calendarDate.optional(),
  include: z.enum(['current', 'all']).default('current'),
});

export const rosterList = z.object({
  unit: unitRef,
  asOf: calendarDate,
  total: z.number().int(),
  people: z.array(rosterPerson),
});
export type RosterList = z.infer<typeof rosterList>;

/** { total, female, male } for one figure. */
export const sexCounts = z.object({ total: z.number().int(), female: z.number().int(), male: z.number().int() });

export const statisticCode = z.enum(STATISTIC_CODES as [string, ...string[]]);

export const rosterStatisticsQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  asOf: calendarDate.optional(),
});

/** The computed figures of a unit's subtree (the unit itself included), as of a day. Aggregates only. */
export const rosterStatistics = z.object({
  unit: unitRef,
  asOf: calendarDate,
  /** Units of the subtree with at least one person on the roster that day. */
  unitsWithRoster: z.number().int(),
  figures: z.array(z.object({ code: statisticCode, label: z.string(), all: sexCounts, minority: sexCounts })),
});
export type RosterStatistics = z.infer<typeof rosterStatistics>;

// ---------------------------------------------------------------------------------------
// Import

export const rosterField = z.enum(ROSTER_FIELDS);

/** The columns the import recognised, and the ones it asks the user about. */
export const rosterImportColumn = z.object({
  index: z.number().int(),
  /** "C", as Excel names it. */
  letter: z.string(),
  header: z.string(),
  field: rosterField.nullable(),
  /** How it was mapped: recognised header, the unit's remembered mapping, or the user now. */
  source: z.enum(['recognised', 'remembered', 'user', 'unmapped']),
});

export const rosterImportProblem = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  message: z.string(),
});

export const rosterImportChange = z.object({
  row: z.number().int().nullable(),
  fullName: z.string(),
  birth: z.string(),
  kind: z.enum(['joined', 'changed', 'left']),
  /** For `changed`: the fields that differ, as the UI names them. */
  fields: z.array(z.string()),
});

export const rosterImportPreview = z.object({
  previewId: z.string(),
  fileName: z.string(),
  sheetName: z.string(),
  headerRow: z.number().int(),
  columns: z.array(rosterImportColumn),
  missingFields: z.array(rosterField),
  rowsRead: z.number().int(),
  joined: z.number().int(),
  changed: z.number().int(),
  left: z.number().int(),
  unchanged: z.number().int(),
  /** Must be fixed before applying (capped; `errorCount` is the real number). */
  errors: z.array(rosterImportProblem),
  errorCount: z.number().int(),
  /** May be accepted. */
  warnings: z.array(rosterImportProblem),
  warningCount: z.number().int(),
  /** A sample of the differences against the current roster. */
  changes: z.array(rosterImportChange),
  canApply: z.boolean(),
});
export type RosterImportPreview = z.infer<typeof rosterImportPreview>;

/** Multipart fields besides the file: the unit, the day the file is true as of, and the user's mapping by column index. */
export const rosterImportOptions = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  asOf: calendarDate.optional(),
  /** JSON: { "<column index>": "<field>" | null } */
  mapping: z.string().max(10_000).optional(),
});

export const rosterImportApplyBody = z.object({ previewId: z.string().uuid() });

export const rosterImportResult = z.object({
  rowsRead: z.number().int(),
  joined: z.number().int(),
  changed: z.number().int(),
  left: z.number().int(),
  unchanged: z.number().int(),
});
export type RosterImportResult = z.infer<typeof rosterImportResult>;

/** A data-subject request: everything stored about one person (Luật 91/2025/QH15). */
export const rosterPersonExport = z.object({
  exportedAt: z.string(),
  unit: unitRef,
  person: rosterPersonDetail,
});
