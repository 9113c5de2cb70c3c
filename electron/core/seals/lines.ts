import type { LedgerEntry } from '../../../shared/seals/api';
import type { UseKind, UseMethod } from '../../../shared/seals/vocabulary';
import { MASKED_TITLE } from '../incoming/view';

/** 序号 as printed: the year and the running number of that year's ledger (2026-12). */
export const serialText = (line: { year: number | null; serial: number | null }) => `${line.year}-${line.serial}`;

/** A ledger line with what the lines after it say of it (归还, 更正). */
export const LINE_SELECT = `SELECT e.id, e.kind, e.year, e.serial, e.ref_id AS refId, e.seal_id AS sealId, e.seal_name AS sealName,
    e.use_kind AS useKind, e.outgoing_id AS outgoingId, e.doc_number AS docNumber, e.secrecy_level AS secrecyLevel,
    e.file_name AS fileName, e.reason, e.copies, e.unit_id AS unitId, e.unit_name AS unitName, e.handler,
    e.approver_id AS approverId, e.approver_name AS approverName, e.approver_title AS approverTitle, e.approved_at AS approvedAt,
    e.supervisor, e.method, e.used_at AS usedAt, e.remarks, e.correction_reason AS correctionReason, e.cancelled,
    e.created_at AS recordedAt,
    (SELECT r.returned_at FROM seal_entries r WHERE r.root_id = e.root_id AND r.kind = 'return') AS returnedAt,
    (SELECT t.year || '-' || t.serial FROM seal_entries t WHERE t.id = e.ref_id) AS correctsSerialText,
    (SELECT group_concat(c.year || '-' || c.serial, ',') FROM
       (SELECT year, serial FROM seal_entries WHERE ref_id = e.id AND kind = 'correction' ORDER BY year, serial) c) AS correctedByText
  FROM seal_entries e`;

export interface SelectedLine {
  id: string;
  kind: 'use' | 'correction';
  year: number;
  serial: number;
  refId: string | null;
  sealId: string;
  sealName: string;
  useKind: UseKind;
  outgoingId: string | null;
  docNumber: string;
  secrecyLevel: string;
  fileName: string;
  reason: string;
  copies: number;
  unitId: string | null;
  unitName: string;
  handler: string;
  approverId: string | null;
  approverName: string;
  approverTitle: string;
  approvedAt: string | null;
  supervisor: string;
  method: UseMethod;
  usedAt: string;
  remarks: string;
  correctionReason: string;
  cancelled: number;
  recordedAt: string;
  returnedAt: string | null;
  correctsSerialText: string | null;
  correctedByText: string | null;
}

/** R33: a classified document's title reads 「密件」 for a reader without need to know. */
export function entryOf(line: SelectedLine, seesTitles: boolean): LedgerEntry {
  const { refId, secrecyLevel, correctedByText, cancelled, ...rest } = line;
  return {
    ...rest,
    serialText: serialText(line),
    fileName: secrecyLevel !== 'none' && !seesTitles ? MASKED_TITLE : line.fileName,
    returnedAt: line.method === 'takeOut' ? line.returnedAt : null,
    correctsId: refId,
    cancelled: cancelled === 1,
    correctedBy: correctedByText ? correctedByText.split(',') : [],
  };
}
