import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Ids are random (UUIDv7); serial numbers shown to people live in their own columns.
// Register rows are never DELETEd: deleted_at marks a tombstone. No ON DELETE CASCADE anywhere.

/** Per-device facts (device id). Never synced. */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    roles: text('roles', { mode: 'json' }).$type<string[]>().notNull(),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    passwordHash: text('password_hash').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('users_username').on(t.username)],
);

/**
 * Wrong-password counter and lockout: security state of this PC only, so it is
 * kept out of the synced tables and the change log (each PC locks on its own).
 */
export const loginAttempts = sqliteTable('login_attempts', {
  userId: text('user_id').primaryKey().references(() => users.id),
  failedCount: integer('failed_count').notNull(),
  lockedUntil: text('locked_until'),
});

export const units = sqliteTable(
  'units',
  {
    id: text('id').primaryKey(),
    fullName: text('full_name').notNull(),
    shortName: text('short_name').notNull(),
    category: text('category').notNull(),
    initials: text('initials').notNull(),
    pinyin: text('pinyin').notNull(),
    initialsOverride: text('initials_override').notNull(),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('units_full_name').on(t.fullName)],
);

export const people = sqliteTable(
  'people',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    title: text('title').notNull(),
    unitId: text('unit_id').references(() => units.id),
    initials: text('initials').notNull(),
    pinyin: text('pinyin').notNull(),
    initialsOverride: text('initials_override').notNull(),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('people_name').on(t.name)],
);

/** Office settings, one row per key; the key is the row id in the change log. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** Days that differ from the Monday–Friday rule: 休 (holiday) or 班 (调休 make-up working day). */
export const calendarDays = sqliteTable('calendar_days', {
  date: text('date').primaryKey(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  source: text('source').notNull(),
  updatedAt: text('updated_at').notNull(),
  deletedAt: text('deleted_at'),
});

/**
 * What sync will ship: one row per mutation, written by the write path only. Insert-only.
 * The HLC is the key: it embeds the device id and never repeats, so it identifies the change on every PC.
 */
export const changeLog = sqliteTable(
  'change_log',
  {
    hlc: text('hlc').primaryKey(),
    deviceId: text('device_id').notNull(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    op: text('op').notNull(),
    fields: text('fields').notNull(),
  },
  // Sync finds what a row's fields were last set by (last writer wins per field).
  (t) => [index('change_log_row').on(t.tableName, t.rowId)],
);

/**
 * Hash-chained per device; insert-only (guarded by triggers in a custom migration).
 * An entry is identified everywhere by (device_id, seq), so it needs no separate id.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    deviceId: text('device_id').notNull(),
    seq: integer('seq').notNull(),
    at: text('at').notNull(),
    userId: text('user_id'),
    userName: text('user_name').notNull(),
    method: text('method').notNull(),
    title: text('title').notNull(),
    tableName: text('table_name'),
    recordId: text('record_id'),
    before: text('before'),
    after: text('after'),
    detail: text('detail').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_device_seq').on(t.deviceId, t.seq),
    index('audit_at').on(t.at),
    index('audit_record').on(t.recordId),
  ],
);

// ── 收文登记 incoming register ────────────────────────────────────────────

export const incoming = sqliteTable(
  'incoming',
  {
    id: text('id').primaryKey(),
    /** 收文号 = prefix〔year〕serial号; year and serial are the counter, receiptNo the text as issued. */
    year: integer('year').notNull(),
    serial: integer('serial').notNull(),
    receiptNo: text('receipt_no').notNull(),
    /** Search-index key: from the registration time, so records synced in late still sort by when they were registered. */
    ftsRowid: integer('fts_rowid').notNull(),
    receivedAt: text('received_at').notNull(),
    receivedDate: text('received_date').notNull(),
    signedBy: text('signed_by').notNull(),
    fromUnitId: text('from_unit_id').references(() => units.id),
    /** The unit's name as it was when the document came in. */
    fromUnitName: text('from_unit_name').notNull(),
    docNumber: text('doc_number').notNull(),
    title: text('title').notNull(),
    docType: text('doc_type').notNull(),
    writtenDate: text('written_date'),
    submittedDate: text('submitted_date'),
    secrecyLevel: text('secrecy_level').notNull(),
    secrecyPeriodMonths: integer('secrecy_period_months'),
    copyNumbers: text('copy_numbers', { mode: 'json' }).$type<number[]>().notNull(),
    urgency: text('urgency').notNull(),
    copies: integer('copies').notNull(),
    pages: integer('pages'),
    incomingClass: text('incoming_class').notNull(),
    addressee: text('addressee').notNull(),
    state: text('state').notNull(),
    proposal: text('proposal').notNull(),
    proposedBy: text('proposed_by'),
    proposedDate: text('proposed_date'),
    handlingResult: text('handling_result').notNull(),
    doneDate: text('done_date'),
    reply: text('reply').notNull(),
    archiveNo: text('archive_no').notNull(),
    remarks: text('remarks').notNull(),
    /** 退文后重新报送: the returned record this one resubmits. */
    resubmissionOf: text('resubmission_of'),
    /** Art. 14/19: assigned before the leader signed (先行交办); the signature follows as 补签. */
    assignedFirst: integer('assigned_first', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [
    uniqueIndex('incoming_year_serial').on(t.year, t.serial),
    uniqueIndex('incoming_fts_rowid').on(t.ftsRowid),
    index('incoming_received').on(t.receivedDate, t.ftsRowid),
    index('incoming_unit_doc').on(t.fromUnitId, t.docNumber),
    index('incoming_state').on(t.state, t.ftsRowid),
    // One per list filter, ending in the registration order: a filtered page reads only its own rows.
    index('incoming_doc_type').on(t.docType, t.ftsRowid),
    index('incoming_secrecy').on(t.secrecyLevel, t.ftsRowid),
    index('incoming_class').on(t.incomingClass, t.ftsRowid),
    index('incoming_unit').on(t.fromUnitId, t.ftsRowid),
    index('incoming_resubmission').on(t.resubmissionOf).where(sql`${t.resubmissionOf} IS NOT NULL`),
  ],
);

/** 呈签: a leader's instruction (批示) on an incoming document; late = 补签 after an urgent 先行交办. */
export const incomingInstructions = sqliteTable(
  'incoming_instructions',
  {
    id: text('id').primaryKey(),
    incomingId: text('incoming_id').notNull().references(() => incoming.id),
    leaderId: text('leader_id').references(() => people.id),
    leaderName: text('leader_name').notNull(),
    text: text('text').notNull(),
    date: text('date').notNull(),
    late: integer('late', { mode: 'boolean' }).notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('incoming_instructions_doc').on(t.incomingId)],
);

/** 交办台账: one row per unit an incoming document is assigned to. Overdue is derived, never stored. */
export const assignments = sqliteTable(
  'assignments',
  {
    id: text('id').primaryKey(),
    incomingId: text('incoming_id').notNull().references(() => incoming.id),
    unitId: text('unit_id').references(() => units.id),
    unitName: text('unit_name').notNull(),
    /** 主办 (lead) or 协办 (assisting). */
    role: text('role').notNull(),
    assignedDate: text('assigned_date').notNull(),
    deadline: text('deadline').notNull(),
    feedback: text('feedback').notNull(),
    doneDate: text('done_date'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('assignments_doc').on(t.incomingId),
    index('assignments_open').on(t.doneDate, t.deadline),
    // 承办单位 filter of the list.
    index('assignments_unit').on(t.unitId, t.incomingId),
  ],
);

/** 催办记录: each reminder sent about an assignment. */
export const assignmentUrges = sqliteTable(
  'assignment_urges',
  {
    id: text('id').primaryKey(),
    assignmentId: text('assignment_id').notNull().references(() => assignments.id),
    date: text('date').notNull(),
    how: text('how').notNull(),
    whom: text('whom').notNull(),
    result: text('result').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('assignment_urges_assignment').on(t.assignmentId)],
);

/**
 * 退文处理单: what the slip says, kept as printed so printing it again gives the
 * same slip. reason11Computed records what the calendar said; reasons what the clerk ticked.
 */
export const incomingReturns = sqliteTable(
  'incoming_returns',
  {
    id: text('id').primaryKey(),
    incomingId: text('incoming_id').notNull().references(() => incoming.id),
    reasons: text('reasons', { mode: 'json' }).$type<number[]>().notNull(),
    workingDays: integer('working_days'),
    reason11Computed: integer('reason11_computed', { mode: 'boolean' }).notNull(),
    reason11Note: text('reason11_note').notNull(),
    opinion: text('opinion').notNull(),
    remarks: text('remarks').notNull(),
    handledBy: text('handled_by').notNull(),
    returnDate: text('return_date').notNull(),
    officeName: text('office_name').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [uniqueIndex('incoming_returns_doc').on(t.incomingId)],
);

// ── 发文登记 outgoing register ────────────────────────────────────────────

/**
 * 编号序列: one run of serials per year. Several 机关代字 may share one.
 * Only the issuing device gives numbers, so two PCs never hand out the same serial.
 */
export const outgoingCounters = sqliteTable('outgoing_counters', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  issuingDeviceId: text('issuing_device_id').notNull(),
  /** Year → first serial of that year: an office starting mid-year continues its paper register. */
  startSerials: text('start_serials', { mode: 'json' }).$type<Record<string, number>>().notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** 机关代字 (凤政办发 …): disabled, never deleted, once used. */
export const outgoingCodes = sqliteTable(
  'outgoing_codes',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    counterId: text('counter_id').notNull().references(() => outgoingCounters.id),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('outgoing_codes_code').on(t.code), index('outgoing_codes_counter').on(t.counterId)],
);

export const outgoing = sqliteTable(
  'outgoing',
  {
    id: text('id').primaryKey(),
    /** Search-index key and registration order, as incoming.fts_rowid: registration ms × 1024 + a counter. */
    ftsRowid: integer('fts_rowid').notNull(),
    state: text('state').notNull(),
    codeId: text('code_id').notNull().references(() => outgoingCodes.id),
    docType: text('doc_type').notNull(),
    title: text('title').notNull(),
    draftUnitId: text('draft_unit_id').references(() => units.id),
    /** The unit's name as it was when the document was drafted. */
    draftUnitName: text('draft_unit_name').notNull(),
    drafter: text('drafter').notNull(),
    draftDate: text('draft_date').notNull(),
    mainTo: text('main_to').notNull(),
    ccTo: text('cc_to').notNull(),
    secrecyLevel: text('secrecy_level').notNull(),
    secrecyPeriodMonths: integer('secrecy_period_months'),
    urgency: text('urgency').notNull(),
    publicity: text('publicity').notNull(),
    publicityReason: text('publicity_reason').notNull(),
    normative: integer('normative', { mode: 'boolean' }).notNull(),
    wordCount: integer('word_count'),
    issuer: text('issuer').notNull(),
    matter: text('matter').notNull(),
    reviewer: text('reviewer'),
    reviewDate: text('review_date'),
    legalReviewer: text('legal_reviewer'),
    legalReviewDate: text('legal_review_date'),
    legalConclusion: text('legal_conclusion').notNull(),
    /** 规范性文件备案 (art. 17): 备案机关 ('' until filed), 备案日期, and the 备案报告's signer as they were. */
    filingAuthority: text('filing_authority').notNull().default(''),
    filingDate: text('filing_date'),
    filingSignerId: text('filing_signer_id').references(() => people.id),
    filingSignerName: text('filing_signer_name'),
    filingSignerTitle: text('filing_signer_title'),
    /** 成文日期: derived from the last 签发 on every signature (or entered for a back-filled document). */
    writtenDate: text('written_date'),
    /** The number row in use; null before numbering and after its number was voided. */
    numberId: text('number_id'),
    docNumber: text('doc_number').notNull(),
    copies: integer('copies'),
    copyFrom: integer('copy_from'),
    copyTo: integer('copy_to'),
    printedDate: text('printed_date'),
    archivedDate: text('archived_date'),
    /** The list's year: of the 发文字号 once numbered, of 拟稿日期 before (kept with numberId). */
    year: integer('year').notNull(),
    /** The serial of the 发文字号 in use, null before numbering: the list sorts by it as a number (R10). */
    serial: integer('serial'),
    /** 会议纪要 only (art. 7): 会议类型 and the meeting's start, Asia/Shanghai local 'YYYY-MM-DDTHH:mm'. */
    meetingType: text('meeting_type'),
    meetingAt: text('meeting_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('outgoing_state').on(t.state, t.draftDate),
    index('outgoing_written').on(t.writtenDate),
    uniqueIndex('outgoing_fts_rowid').on(t.ftsRowid),
    // The list (electron/core/outgoing/list.ts): each sort order's keys, alone and after each equality filter,
    // so any page of any single filter is a seek on an index in the order of the page.
    // Registration order: fts_rowid.
    index('outgoing_list_year').on(t.year, t.ftsRowid),
    index('outgoing_list_code').on(t.codeId, t.ftsRowid),
    index('outgoing_list_doc_type').on(t.docType, t.ftsRowid),
    index('outgoing_list_state').on(t.state, t.ftsRowid),
    index('outgoing_list_publicity').on(t.publicity, t.ftsRowid),
    index('outgoing_list_secrecy').on(t.secrecyLevel, t.ftsRowid),
    // 成文日期 order: 成文日期, or 拟稿日期 while unsigned (the same expression as the list's), then fts_rowid.
    index('outgoing_list_date').on(sql`coalesce(${t.writtenDate}, ${t.draftDate})`, t.ftsRowid),
    index('outgoing_list_date_year').on(t.year, sql`coalesce(${t.writtenDate}, ${t.draftDate})`, t.ftsRowid),
    index('outgoing_list_date_code').on(t.codeId, sql`coalesce(${t.writtenDate}, ${t.draftDate})`, t.ftsRowid),
    index('outgoing_list_date_doc_type').on(t.docType, sql`coalesce(${t.writtenDate}, ${t.draftDate})`, t.ftsRowid),
    index('outgoing_list_date_state').on(t.state, sql`coalesce(${t.writtenDate}, ${t.draftDate})`, t.ftsRowid),
    index('outgoing_list_date_publicity').on(t.publicity, sql`coalesce(${t.writtenDate}, ${t.draftDate})`, t.ftsRowid),
    index('outgoing_list_date_secrecy').on(t.secrecyLevel, sql`coalesce(${t.writtenDate}, ${t.draftDate})`, t.ftsRowid),
    // 发文字号 order, read one 代字 at a time: numbered documents by (year, serial, fts_rowid); then the unnumbered.
    index('outgoing_list_number').on(t.codeId, t.year, t.serial, t.ftsRowid).where(sql`${t.serial} IS NOT NULL`),
    index('outgoing_list_number_doc_type').on(t.docType, t.codeId, t.year, t.serial, t.ftsRowid).where(sql`${t.serial} IS NOT NULL`),
    index('outgoing_list_number_state').on(t.state, t.codeId, t.year, t.serial, t.ftsRowid).where(sql`${t.serial} IS NOT NULL`),
    index('outgoing_list_number_publicity').on(t.publicity, t.codeId, t.year, t.serial, t.ftsRowid).where(sql`${t.serial} IS NOT NULL`),
    index('outgoing_list_number_secrecy').on(t.secrecyLevel, t.codeId, t.year, t.serial, t.ftsRowid).where(sql`${t.serial} IS NOT NULL`),
    index('outgoing_list_unnumbered').on(t.ftsRowid).where(sql`${t.serial} IS NULL`),
    // Minutes are few: the dashboard reads them through this partial index.
    index('outgoing_minutes').on(t.meetingAt).where(sql`${t.meetingAt} IS NOT NULL`),
  ],
);

/**
 * 发文字号 rows: every number ever given, voided or back-filled. Never deleted;
 * the unique index is the last defence of R13 behind the immediate transaction.
 */
export const outgoingNumbers = sqliteTable(
  'outgoing_numbers',
  {
    id: text('id').primaryKey(),
    counterId: text('counter_id').notNull().references(() => outgoingCounters.id),
    year: integer('year').notNull(),
    serial: integer('serial').notNull(),
    /** The 代字 the number was written with, and the number as written. */
    code: text('code').notNull(),
    docNumber: text('doc_number').notNull(),
    /** The document that had the number (kept after voiding, for the record); null for a voided unused number. */
    outgoingId: text('outgoing_id').references(() => outgoing.id),
    /** taken / voided / historical */
    kind: text('kind').notNull(),
    reason: text('reason').notNull(),
    approverId: text('approver_id').references(() => people.id),
    approverName: text('approver_name').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: text('recorded_at').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('outgoing_numbers_serial').on(t.counterId, t.year, t.serial),
    index('outgoing_numbers_doc').on(t.outgoingId),
  ],
);

/** The art. 17 chain: each 审核 or 签发, with the signer's name and 职务 as they were. */
export const outgoingSignatures = sqliteTable(
  'outgoing_signatures',
  {
    id: text('id').primaryKey(),
    outgoingId: text('outgoing_id').notNull().references(() => outgoing.id),
    personId: text('person_id').references(() => people.id),
    personName: text('person_name').notNull(),
    personTitle: text('person_title').notNull(),
    step: text('step').notNull(),
    date: text('date').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('outgoing_signatures_doc').on(t.outgoingId)],
);

/** 会签: each unit that countersigned. */
export const outgoingCountersigns = sqliteTable(
  'outgoing_countersigns',
  {
    id: text('id').primaryKey(),
    outgoingId: text('outgoing_id').notNull().references(() => outgoing.id),
    unitId: text('unit_id').references(() => units.id),
    unitName: text('unit_name').notNull(),
    who: text('who').notNull(),
    date: text('date').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('outgoing_countersigns_doc').on(t.outgoingId)],
);

/** 分发记录: who received copies, and when. */
export const outgoingDistributions = sqliteTable(
  'outgoing_distributions',
  {
    id: text('id').primaryKey(),
    outgoingId: text('outgoing_id').notNull().references(() => outgoing.id),
    recipients: text('recipients', { mode: 'json' }).$type<string[]>().notNull(),
    date: text('date').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('outgoing_distributions_doc').on(t.outgoingId)],
);

// ── 用印登记 seal usage ledger ────────────────────────────────────────────

/** 印章: retired, never deleted, once it has a history. */
export const seals = sqliteTable('seals', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  custodian: text('custodian').notNull(),
  /** 职务 allowed to approve a use other than 公文用印 (art. 21). */
  approverTitles: text('approver_titles', { mode: 'json' }).$type<string[]>().notNull(),
  approvalRule: text('approval_rule').notNull(),
  retired: integer('retired', { mode: 'boolean' }).notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * 用印登记簿: insert-only (guarded by triggers). A use, a 更正 pointing at the line it corrects
 * (root_id: the use it finally corrects), or the 归还 of a use taken out. Names are copied as
 * they were, so the ledger reads the same after a seal, unit or person is renamed. Each device's
 * lines are hash-chained (chain_seq, hash) like the audit trail.
 */
export const sealEntries = sqliteTable(
  'seal_entries',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    /** 序号 per year; null for a return, which is not a line of its own. */
    year: integer('year'),
    serial: integer('serial'),
    refId: text('ref_id'),
    rootId: text('root_id').notNull(),
    sealId: text('seal_id')
      .notNull()
      .references(() => seals.id),
    sealName: text('seal_name').notNull(),
    useKind: text('use_kind').notNull(),
    outgoingId: text('outgoing_id').references(() => outgoing.id),
    docNumber: text('doc_number').notNull(),
    /** The linked document's 密级, so its title is masked as in the outgoing register. */
    secrecyLevel: text('secrecy_level').notNull(),
    usedAt: text('used_at').notNull(),
    reason: text('reason').notNull(),
    fileName: text('file_name').notNull(),
    copies: integer('copies').notNull(),
    unitId: text('unit_id').references(() => units.id),
    unitName: text('unit_name').notNull(),
    handler: text('handler').notNull(),
    approverId: text('approver_id').references(() => people.id),
    approverName: text('approver_name').notNull(),
    approverTitle: text('approver_title').notNull(),
    approvedAt: text('approved_at'),
    method: text('method').notNull(),
    returnedAt: text('returned_at'),
    remarks: text('remarks').notNull(),
    correctionReason: text('correction_reason').notNull(),
    cancelled: integer('cancelled', { mode: 'boolean' }).notNull(),
    supervisor: text('supervisor').notNull(),
    recordedBy: text('recorded_by'),
    deviceId: text('device_id').notNull(),
    chainSeq: integer('chain_seq').notNull(),
    hash: text('hash').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('seal_entries_serial').on(t.year, t.serial),
    uniqueIndex('seal_entries_chain').on(t.deviceId, t.chainSeq),
    index('seal_entries_root').on(t.rootId),
    index('seal_entries_seal_used').on(t.sealId, t.usedAt),
    index('seal_entries_outgoing').on(t.outgoingId),
    index('seal_entries_used').on(t.usedAt),
  ],
);

// ── 密件传阅 classified documents ─────────────────────────────────────────

/** 密件: a classified document the confidential officer keeps, copy by copy. */
export const classifiedDocs = sqliteTable(
  'classified_docs',
  {
    id: text('id').primaryKey(),
    year: integer('year').notNull(),
    serial: integer('serial').notNull(),
    incomingId: text('incoming_id').references(() => incoming.id),
    title: text('title').notNull(),
    docNumber: text('doc_number').notNull(),
    issuerUnitId: text('issuer_unit_id').references(() => units.id),
    issuerName: text('issuer_name').notNull(),
    secrecyLevel: text('secrecy_level').notNull(),
    secrecyPeriodMonths: integer('secrecy_period_months').notNull(),
    receivedDate: text('received_date').notNull(),
    /** 知悉范围: person ids of the people directory. */
    scope: text('scope', { mode: 'json' }).$type<string[]>().notNull(),
    /** 清退要求: back to the issuer by this date; null keeps the copies. */
    returnBy: text('return_by'),
    remarks: text('remarks').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('classified_docs_serial').on(t.year, t.serial), uniqueIndex('classified_docs_incoming').on(t.incomingId)],
);

/** One row per copy (份号); place says where it is now (R27), its events say how it got there. */
export const classifiedCopies = sqliteTable(
  'classified_copies',
  {
    id: text('id').primaryKey(),
    docId: text('doc_id')
      .notNull()
      .references(() => classifiedDocs.id),
    copyNo: integer('copy_no').notNull(),
    place: text('place').notNull(),
    holderId: text('holder_id').references(() => people.id),
    holderName: text('holder_name').notNull(),
    folderNo: text('folder_no').notNull(),
    since: text('since'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('classified_copies_no').on(t.docId, t.copyNo), index('classified_copies_place').on(t.place)],
);

/** A copy's history: 送阅, 退回, 清退, 销毁. Insert-only (guarded by triggers). */
export const classifiedEvents = sqliteTable(
  'classified_events',
  {
    id: text('id').primaryKey(),
    copyId: text('copy_id')
      .notNull()
      .references(() => classifiedCopies.id),
    docId: text('doc_id')
      .notNull()
      .references(() => classifiedDocs.id),
    kind: text('kind').notNull(),
    at: text('at').notNull(),
    folderNo: text('folder_no').notNull(),
    personId: text('person_id').references(() => people.id),
    personName: text('person_name').notNull(),
    unitId: text('unit_id').references(() => units.id),
    unitName: text('unit_name').notNull(),
    signedOff: integer('signed_off', { mode: 'boolean' }).notNull(),
    instruction: text('instruction').notNull(),
    batchId: text('batch_id'),
    batchNo: text('batch_no').notNull(),
    officer: text('officer').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('classified_events_copy').on(t.copyId, t.at)],
);

/** 清查: a stock check, and each copy it listed. */
export const stockChecks = sqliteTable('stock_checks', {
  id: text('id').primaryKey(),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at'),
  officer: text('officer').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const stockCheckItems = sqliteTable(
  'stock_check_items',
  {
    id: text('id').primaryKey(),
    checkId: text('check_id')
      .notNull()
      .references(() => stockChecks.id),
    copyId: text('copy_id')
      .notNull()
      .references(() => classifiedCopies.id),
    docId: text('doc_id')
      .notNull()
      .references(() => classifiedDocs.id),
    expected: text('expected').notNull(),
    expectedHolder: text('expected_holder').notNull(),
    confirmedAt: text('confirmed_at'),
    discrepancy: integer('discrepancy', { mode: 'boolean' }).notNull(),
    resolution: text('resolution').notNull(),
    resolvedAt: text('resolved_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('stock_check_items_check').on(t.checkId), index('stock_check_items_open').on(t.discrepancy, t.resolvedAt)],
);

// ── 销毁登记 destruction records ──────────────────────────────────────────

/** A destruction batch: kept forever (no DELETE, guarded by triggers); corrections are appended notes. */
export const destructionBatches = sqliteTable(
  'destruction_batches',
  {
    id: text('id').primaryKey(),
    year: integer('year').notNull(),
    serial: integer('serial').notNull(),
    state: text('state').notNull(),
    applicant: text('applicant').notNull(),
    approverId: text('approver_id').references(() => people.id),
    approverName: text('approver_name').notNull(),
    approverTitle: text('approver_title').notNull(),
    approvedAt: text('approved_at'),
    method: text('method'),
    facility: text('facility').notNull(),
    place: text('place').notNull(),
    escort: text('escort').notNull(),
    supervisors: text('supervisors', { mode: 'json' }).$type<string[]>().notNull(),
    destroyedAt: text('destroyed_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('destruction_batches_serial').on(t.year, t.serial)],
);

export const destructionItems = sqliteTable(
  'destruction_items',
  {
    id: text('id').primaryKey(),
    batchId: text('batch_id')
      .notNull()
      .references(() => destructionBatches.id),
    kind: text('kind').notNull(),
    copyId: text('copy_id').references(() => classifiedCopies.id),
    recordId: text('record_id'),
    title: text('title').notNull(),
    secrecyLevel: text('secrecy_level').notNull(),
    copyNo: integer('copy_no'),
    copies: integer('copies').notNull(),
    reason: text('reason').notNull(),
    proposedBy: text('proposed_by').notNull(),
    withdrawn: integer('withdrawn', { mode: 'boolean' }).notNull(),
    withdrawReason: text('withdraw_reason').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('destruction_items_batch').on(t.batchId), index('destruction_items_copy').on(t.copyId)],
);

/** Notes appended to a batch after the fact (insert-only). */
export const destructionNotes = sqliteTable(
  'destruction_notes',
  {
    id: text('id').primaryKey(),
    batchId: text('batch_id')
      .notNull()
      .references(() => destructionBatches.id),
    at: text('at').notNull(),
    by: text('by').notNull(),
    text: text('text').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('destruction_notes_batch').on(t.batchId)],
);

// ── sync state (this device only; never synced) ──────────────────────────

/** Each file of another device applied here: the cursor, written in the transaction that applies the file. */
export const syncApplied = sqliteTable(
  'sync_applied',
  {
    deviceId: text('device_id').notNull(),
    seq: integer('seq').notNull(),
    appliedAt: text('applied_at').notNull(),
    entries: integer('entries').notNull(),
  },
  (t) => [uniqueIndex('sync_applied_file').on(t.deviceId, t.seq)],
);

/** Changes that cannot be applied yet: their row has not arrived, or this version does not know their table or fields. */
export const syncPending = sqliteTable('sync_pending', {
  hlc: text('hlc').primaryKey(),
  deviceId: text('device_id').notNull(),
  tableName: text('table_name').notNull(),
  rowId: text('row_id').notNull(),
  op: text('op').notNull(),
  fields: text('fields').notNull(),
  reason: text('reason').notNull(),
});

/** What a person must look at: the losing value of a field two devices changed, or a duplicate number. */
export const syncConflicts = sqliteTable(
  'sync_conflicts',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    field: text('field').notNull(),
    keptValue: text('kept_value'),
    keptHlc: text('kept_hlc').notNull(),
    lostValue: text('lost_value'),
    lostHlc: text('lost_hlc').notNull(),
    lostDeviceId: text('lost_device_id').notNull(),
    detectedAt: text('detected_at').notNull(),
    resolvedAt: text('resolved_at'),
    resolvedBy: text('resolved_by'),
    resolution: text('resolution').notNull(),
  },
  (t) => [index('sync_conflicts_open').on(t.resolvedAt)],
);

/** Files that failed their checks: skipped, reported, and tried again at every sync. */
export const syncQuarantine = sqliteTable(
  'sync_quarantine',
  {
    deviceId: text('device_id').notNull(),
    seq: integer('seq').notNull(),
    reason: text('reason').notNull(),
    firstSeen: text('first_seen').notNull(),
    lastSeen: text('last_seen').notNull(),
  },
  (t) => [uniqueIndex('sync_quarantine_file').on(t.deviceId, t.seq)],
);
