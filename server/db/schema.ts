/**
 * The database schema, in Drizzle. drizzle-kit generates the SQL migrations in
 * ./migrations from this file; those committed files are what every database runs.
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** ltree: a unit's path of ids from the root ("1.12.340"); subtree checks are `path <@ ancestor`. */
const ltree = customType<{ data: string }>({ dataType: () => 'ltree' });
/** Text compared byte by byte, for keys already built to sort in Vietnamese order. */
const byteText = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** Levels of the hierarchy (Bộ, Sở, xã/huyện, trường) — data, so a reform changes rows, not code. */
export const unitLevels = pgTable('unit_levels', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  depth: integer('depth').notNull(),
});

/** Kinds of unit within a level (Sở GD&ĐT, Phòng GD&ĐT, UBND xã, trường MN/TH/THCS/THPT …). */
export const unitKinds = pgTable('unit_kinds', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  levelId: integer('level_id').notNull().references(() => unitLevels.id),
  isSchool: boolean('is_school').notNull().default(false),
});

export const units = pgTable(
  'units',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kindId: integer('kind_id').notNull().references(() => unitKinds.id),
    parentId: integer('parent_id').references((): any => units.id),
    path: ltree('path').notNull(),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    successorId: integer('successor_id').references((): any => units.id),
    address: text('address'),
    email: text('email'),
    phone: text('phone'),
    searchKey: text('search_key').notNull(),
    sortKey: byteText('sort_key').notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('units_code_key').on(t.code),
    index('units_parent_sort_idx').on(t.parentId, t.sortKey),
    index('units_path_gist_idx').using('gist', t.path),
    index('units_search_trgm_idx').using('gin', t.searchKey.op('gin_trgm_ops')),
    index('units_successor_idx').on(t.successorId),
  ],
);

/** Which parent a unit had when: a report of 2023 still shows the old district office. */
export const unitParentHistory = pgTable(
  'unit_parent_history',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull().references(() => units.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id').notNull().references(() => units.id),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [index('unit_parent_history_unit_idx').on(t.unitId, t.validFrom)],
);

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    email: text('email'),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    locale: text('locale').notNull().default('vi'),
    searchKey: text('search_key').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_username_key').on(t.username), index('users_search_trgm_idx').using('gin', t.searchKey.op('gin_trgm_ops'))],
);

export const userRoles = pgTable(
  'user_roles',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id').notNull().references(() => units.id),
    role: text('role').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('user_roles_unique').on(t.userId, t.unitId, t.role), index('user_roles_unit_idx').on(t.unitId)],
);

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    activeRoleId: integer('active_role_id').references(() => userRoles.id, { onDelete: 'set null' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    unitId: integer('unit_id').references(() => units.id),
    unitPath: ltree('unit_path'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_path_gist_idx').using('gist', t.unitPath), index('audit_log_unit_at_idx').on(t.unitId, t.at)],
);

/** Parsed, validated import files waiting for the user to press "Apply". */
export const importPreviews = pgTable('import_previews', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(),
  fileName: text('file_name').notNull(),
  payload: jsonb('payload').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Report templates (mẫu báo cáo, issue 3). A template is a code and a name; what it asks
 * for lives in its versions. A published version never changes (a campaign pins its id);
 * editing makes a new draft version.
 */
export const reportTemplates = pgTable('report_templates', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  description: text('description'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
});

/** One version of a template: its definition (common/contracts/templates.ts) as jsonb. */
export const reportTemplateVersions = pgTable(
  'report_template_versions',
  {
    id: serial('id').primaryKey(),
    templateId: integer('template_id').notNull().references(() => reportTemplates.id),
    version: integer('version').notNull(),
    definition: jsonb('definition').notNull(),
    status: text('status').notNull().default('draft'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('report_template_versions_template_version_idx').on(t.templateId, t.version),
    check('report_template_versions_status_check', sql`${t.status} in ('draft', 'published')`),
    check('report_template_versions_published_at_check', sql`(${t.status} = 'published') = (${t.publishedAt} is not null)`),
  ],
);

/**
 * Report campaigns (đợt báo cáo, issue 3): a unit asks the units of chosen kinds in its
 * subtree for a report on a period, pinning one published template version.
 */
export const campaigns = pgTable(
  'campaigns',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    issuerUnitId: integer('issuer_unit_id').notNull().references(() => units.id),
    templateVersionId: integer('template_version_id').notNull().references(() => reportTemplateVersions.id),
    /** The period as common/campaigns/periods.ts describes it; `period_key` finds the previous one. */
    period: jsonb('period').notNull(),
    periodKey: text('period_key').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    locksOn: date('locks_on', { mode: 'string' }),
    rollupBasis: text('rollup_basis').notNull(),
    respondentKindIds: integer('respondent_kind_ids').array().notNull(),
    instructions: text('instructions'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('campaigns_issuer_idx').on(t.issuerUnitId),
    check('campaigns_rollup_basis_check', sql`${t.rollupBasis} in ('drafts', 'submitted', 'approved')`),
    check('campaigns_dates_check', sql`${t.opensOn} <= ${t.deadline} and (${t.locksOn} is null or ${t.locksOn} >= ${t.deadline})`),
  ],
);

/**
 * One expected report: a unit's own figures and narrative for a campaign, its lifecycle
 * state and the facts its status is read from. `version` grows with every write, so a
 * stale writer is refused instead of overwriting.
 */
export const campaignReports = pgTable(
  'campaign_reports',
  {
    id: serial('id').primaryKey(),
    campaignId: integer('campaign_id').notNull().references(() => campaigns.id),
    unitId: integer('unit_id').notNull().references(() => units.id),
    state: text('state').notNull().default('none'),
    values: jsonb('values').notNull().default({}),
    answers: jsonb('answers').notNull().default({ texts: {}, targets: {} }),
    responses: jsonb('responses').notNull().default({ explanations: {}, confirmations: [] }),
    version: integer('version').notNull().default(0),
    extendedDeadline: date('extended_deadline', { mode: 'string' }),
    extensionReason: text('extension_reason'),
    exemptionReason: text('exemption_reason'),
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: integer('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    lateReason: text('late_reason'),
    isReopened: boolean('is_reopened').notNull().default(false),
    reviewComment: text('review_comment'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: integer('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('campaign_reports_campaign_unit_idx').on(t.campaignId, t.unitId),
    index('campaign_reports_unit_idx').on(t.unitId),
    check('campaign_reports_state_check', sql`${t.state} in ('none', 'draft', 'submitted', 'returned', 'approved')`),
    check('campaign_reports_submitted_check', sql`${t.state} not in ('submitted', 'approved') or ${t.firstSubmittedAt} is not null`),
  ],
);

/** What was submitted, as it was: one frozen copy per submission (STYLE.md §10). */
export const campaignReportSnapshots = pgTable(
  'campaign_report_snapshots',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    reportId: integer('report_id').notNull().references(() => campaignReports.id),
    seq: integer('seq').notNull(),
    values: jsonb('values').notNull(),
    answers: jsonb('answers').notNull(),
    responses: jsonb('responses').notNull(),
    isLate: boolean('is_late').notNull(),
    lateReason: text('late_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    submittedBy: integer('submitted_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('campaign_report_snapshots_report_seq_idx').on(t.reportId, t.seq)],
);

/**
 * Live rollups: per campaign and unit, the totals of the unit's subtree (itself included)
 * as jsonb `{ "staff.female": [sum, reportingUnits] }`, kept by the writes that change
 * them. A unit's totals are split over a few stripes (chosen by the unit a change comes
 * from) so that 50 schools submitting at once do not all queue on the Ministry's one row;
 * a read sums the stripes.
 */
export const campaignRollups = pgTable(
  'campaign_rollups',
  {
    campaignId: integer('campaign_id').notNull().references(() => campaigns.id),
    unitId: integer('unit_id').notNull().references(() => units.id),
    stripe: integer('stripe').notNull(),
    /** Figures: { elementKey: [sum, reportingUnits] }. */
    totals: jsonb('totals').notNull(),
    /** Completeness: { factKey: [0, reports] }, how many reports of the subtree share the facts their status is read from. */
    facts: jsonb('facts').notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.unitId, t.stripe] }), index('campaign_rollups_unit_idx').on(t.unitId)],
);

/**
 * The staff roster (danh sách cán bộ, giáo viên, nhân viên, issue 4). Personal data lives
 * in `roster_people`, one row per person of ONE unit (it never leaves that unit; a person
 * who moves to another unit is ended here and added there). What the figures are counted
 * from lives in `roster_versions`: the facts of one period of the person in the unit,
 * [valid_from, valid_to) as units' dates are. Erasing a person deletes the personal row and
 * keeps the versions, unlinked, so every past figure stays true.
 */
export const rosterPeople = pgTable(
  'roster_people',
  {
    id: serial('id').primaryKey(),
    // This key and roster_versions.person_id's are checked once per import, set-based, when
    // PGlite takes a roster import (ReferenceChecks, import/roster-import.repo.ts).
    unitId: integer('unit_id').notNull().references(() => units.id),
    fullName: text('full_name').notNull(),
    /** Folded full name (no diacritics, lower case): matching an import to the roster, search. */
    nameKey: text('name_key').notNull(),
    /** Vietnamese order of the name (unitKeys-style sort key). */
    sortKey: byteText('sort_key').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    birthYear: integer('birth_year').notNull(),
    /** Dân tộc, '01'..'54' (common/roster/ethnic-groups.ts). SENSITIVE personal data (NĐ 356/2025/NĐ-CP). */
    ethnicGroupCode: text('ethnic_group_code'),
    ...timestamps,
    // Who wrote the row, for display; the audit log is the record of it. No foreign key on
    // these attribution columns of the two bulk roster tables: each key is one more check
    // per row, and a 100,000-row import spends seconds on them (docs/ARCHITECTURE.md,
    // "Roster import"). Users are never deleted (they are deactivated), so nothing dangles.
    createdBy: integer('created_by'),
    updatedBy: integer('updated_by'),
  },
  (t) => [
    index('roster_people_unit_name_idx').on(t.unitId, t.nameKey),
    // "A person in two units at once": a name and birth year looked up across every unit.
    index('roster_people_name_birth_idx').on(t.nameKey, t.birthYear),
  ],
);

export const rosterVersions = pgTable(
  'roster_versions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Null once the person is erased: the period still counts in the figures of its dates. */
    personId: integer('person_id').references(() => rosterPeople.id, { onDelete: 'set null' }),
    /**
     * The person's unit, copied so figures are read without a join. Not a foreign key: the
     * person's own unit_id is one (roster_people), units are never deleted (they close), and
     * a second check per version would cost a 100,000-row import about a second.
     */
    unitId: integer('unit_id').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    sex: text('sex').notNull(),
    isEthnicMinority: boolean('is_ethnic_minority').notNull(),
    position: text('position'),
    staffGroup: text('staff_group'),
    degree: text('degree'),
    trainingStandard: text('training_standard'),
    politicalTheory: text('political_theory'),
    isPartyMember: boolean('is_party_member').notNull().default(false),
    isPartyCommitteeMember: boolean('is_party_committee_member').notNull().default(false),
    isInPlanningPool: boolean('is_in_planning_pool').notNull().default(false),
    planningPoolPost: text('planning_pool_post'),
    genderTrainingYears: integer('gender_training_years').array().notNull().default(sql`'{}'::int[]`),
    committeeRole: text('committee_role'),
    /** Why the period ended (nghỉ hưu, chuyển công tác…), as the officer wrote it; cleared on erasure. */
    endReason: text('end_reason'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    /** Who recorded the version; not a foreign key, as roster_people.created_by. */
    recordedBy: integer('recorded_by'),
  },
  (t) => [
    index('roster_versions_unit_valid_idx').on(t.unitId, t.validFrom),
    index('roster_versions_person_idx').on(t.personId, t.validFrom),
    check('roster_versions_sex_check', sql`${t.sex} in ('female', 'male')`),
    check('roster_versions_dates_check', sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`),
    check('roster_versions_staff_group_check', sql`${t.staffGroup} is null or ${t.staffGroup} in ('manager', 'teacher', 'staff')`),
  ],
);

/** A unit's remembered column mapping for roster imports: header text (headerKey) → field. */
export const rosterImportMappings = pgTable('roster_import_mappings', {
  unitId: integer('unit_id').primaryKey().references(() => units.id),
  mapping: jsonb('mapping').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
});

/**
 * The legal library (issue 5): every document a plan cites, once. `dedupe_key` is the
 * folded type and number (or type and title when a law is cited by name), so the same
 * decision cited by many plans, in different spellings, is one row.
 */
export const legalDocuments = pgTable(
  'legal_documents',
  {
    id: serial('id').primaryKey(),
    docType: text('doc_type').notNull(),
    number: text('number'),
    issuedOn: date('issued_on', { mode: 'string' }),
    issuer: text('issuer'),
    title: text('title'),
    dedupeKey: text('dedupe_key').notNull().unique(),
    searchKey: text('search_key').notNull(),
    sortKey: byteText('sort_key').notNull(),
    ...timestamps,
  },
  (t) => [index('legal_documents_search_idx').using('gin', sql`${t.searchKey} gin_trgm_ops`)],
);

/**
 * Plans and guidance letters (issue 5). A plan's content is the structured document
 * (common/plans/plan-document.ts). Versions of one plan share `series_id` (the first
 * version's id): an issued version is read-only, an amendment is a new version that,
 * once issued, supersedes the previous one.
 */
export const plans = pgTable(
  'plans',
  {
    id: serial('id').primaryKey(),
    seriesId: integer('series_id').notNull(),
    version: integer('version').notNull().default(1),
    unitId: integer('unit_id').notNull().references(() => units.id),
    kind: text('kind').notNull().default('plan'),
    status: text('status').notNull().default('draft'),
    title: text('title').notNull(),
    searchKey: text('search_key').notNull(),
    fromYear: integer('from_year').notNull(),
    toYear: integer('to_year').notNull(),
    /** Number and symbol once issued ("15/KH-PGDĐT"); the content's `number` mirrors it. */
    number: text('number'),
    issuedOn: date('issued_on', { mode: 'string' }),
    content: jsonb('content').notNull(),
    /** Where the draft came from: written here, imported from a file, or started from the parent's plan. */
    source: text('source').notNull().default('editor'),
    sourceFileName: text('source_file_name'),
    /** The parent unit's plan this one carries on from (the cascade). */
    parentPlanId: integer('parent_plan_id').references((): AnyPgColumn => plans.id),
    /**
     * The plan request this plan answers. No foreign key: plan_requests already references
     * plans (source_plan_id), and the backup restores tables in reference order, which a
     * cycle would not have. The service checks the request when it sets it.
     */
    requestId: integer('request_id'),
    /** The plan as published on the unit's website. */
    linkUrl: text('link_url'),
    /** Grows with every write: a stale editor is refused instead of overwriting. */
    revision: integer('revision').notNull().default(0),
    ...timestamps,
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    issuedBy: integer('issued_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('plans_unit_idx').on(t.unitId, t.fromYear),
    index('plans_parent_idx').on(t.parentPlanId),
    index('plans_request_idx').on(t.requestId, t.unitId),
    uniqueIndex('plans_series_version_idx').on(t.seriesId, t.version),
    check('plans_kind_check', sql`${t.kind} in ('plan', 'letter')`),
    check('plans_status_check', sql`${t.status} in ('draft', 'issued', 'superseded')`),
    check('plans_source_check', sql`${t.source} in ('editor', 'import', 'parent')`),
    check('plans_years_check', sql`${t.fromYear} <= ${t.toYear}`),
    check('plans_issued_check', sql`(${t.status} = 'draft') = (${t.issuedAt} is null)`),
  ],
);

/** The signed, scanned copy of an issued plan (PDF), kept beside it. */
export const planFiles = pgTable('plan_files', {
  planId: integer('plan_id').primaryKey().references(() => plans.id),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  bytes: customType<{ data: Buffer }>({ dataType: () => 'bytea' })('bytes').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
});

/**
 * A parent's request for plans from the units below (the Thanh Trì seed: publish the plan
 * and send the link in March). One row per unit asked, in plan_request_units.
 */
export const planRequests = pgTable(
  'plan_requests',
  {
    id: serial('id').primaryKey(),
    issuerUnitId: integer('issuer_unit_id').notNull().references(() => units.id),
    title: text('title').notNull(),
    fromYear: integer('from_year').notNull(),
    toYear: integer('to_year').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    instructions: text('instructions'),
    respondentKindIds: integer('respondent_kind_ids').array().notNull(),
    /** The issuer's plan the units should start from. */
    sourcePlanId: integer('source_plan_id').references(() => plans.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('plan_requests_issuer_idx').on(t.issuerUnitId), check('plan_requests_years_check', sql`${t.fromYear} <= ${t.toYear}`)],
);

export const planRequestUnits = pgTable(
  'plan_request_units',
  {
    requestId: integer('request_id').notNull().references(() => planRequests.id),
    unitId: integer('unit_id').notNull().references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.unitId] }), index('plan_request_units_unit_idx').on(t.unitId)],
);
