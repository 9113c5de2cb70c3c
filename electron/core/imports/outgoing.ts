import { API, type ParsedInputOf } from '../../../shared/api';
import { checkDocNumber, formatDocNumber } from '../../../shared/doc-number';
import { fold } from '../../../shared/imports/cells';
import type { CallContext } from '../api/context';
import { prepared } from '../db/statements';
import { numberHandlers } from '../outgoing/numbers';
import type { Directory } from './directory';
import { parseInput, type Importer } from './importer';

type Historical = ParsedInputOf<'outgoing.recordHistoricalNumber'>;

/** A 发文字号 as stored when it is well formed; otherwise as written (the register's rule then says what is wrong). */
function numberKey(docNumber: string): string {
  const checked = checkDocNumber(docNumber);
  return checked.ok ? formatDocNumber(checked.parsed) : fold(docNumber);
}

/**
 * 发文登记 from the paper book: every row goes through 补录历史文号 (outgoing.recordHistoricalNumber),
 * the path a clerk takes for one old number by hand — 代字 configured, format, year of 成文日期,
 * and a number never given twice (with the 代字 sharing its counter).
 */
export function outgoingImporter(ctx: CallContext, directory: Directory): Importer<Historical> {
  const record = numberHandlers['outgoing.recordHistoricalNumber'];
  /** 发文字号 → title of the document that has it ('' for a void number). */
  const given = new Map<string, string>();

  return {
    writesEachRow: true,
    numbering: [],

    begin() {
      const rows = prepared(
        ctx.sqlite,
        "SELECT n.doc_number AS docNumber, coalesce(o.title, '') AS title FROM outgoing_numbers n LEFT JOIN outgoing o ON o.id = n.outgoing_id",
      ).all() as { docNumber: string; title: string }[];
      for (const r of rows) given.set(r.docNumber, r.title);
    },

    build(v) {
      const candidate = {
        docNumber: v.docNumber,
        writtenDate: v.writtenDate,
        docType: v.docType,
        title: v.title,
        drafter: v.drafter,
        draftDate: v.draftDate,
        mainTo: v.mainTo ?? '',
        ccTo: v.ccTo ?? '',
        secrecyLevel: v.secrecyLevel,
        secrecyPeriodMonths: v.secrecyPeriodMonths ?? null,
        urgency: v.urgency,
        publicity: v.publicity,
        publicityReason: v.publicityReason ?? '',
        normative: v.normative ?? false,
        wordCount: v.wordCount ?? null,
        issuer: v.issuer,
        matter: v.matter,
        meetingType: v.meetingType ?? null,
        meetingAt: v.meetingAt ?? null,
      };
      const unit = typeof v.draftUnitId === 'string' ? directory.unit(v.draftUnitId) : null;
      return parseInput(API['outgoing.recordHistoricalNumber'].input, candidate, { draftUnitId: unit });
    },

    keys: (row) => [{ key: numberKey(row.docNumber), field: 'docNumber' }],

    existing(row) {
      const key = numberKey(row.docNumber);
      return given.get(key) === row.title ? { present: key } : null;
    },

    add(row) {
      record(ctx, row);
    },

    flush() {},
  };
}
