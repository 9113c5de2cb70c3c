import { z } from 'zod';
import { method, type MethodSpec } from '../api/define';
import { intField, optionalText } from '../api/fields';
import { IMPORT_REGISTERS, IMPORTERS, type ImportRegister } from './registers';

export const IMPORT_MODES = ['all', 'validOnly'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
export const IMPORT_MODE_LABELS: Record<ImportMode, string> = { all: '全部导入', validOnly: '只导入无误的行' };

/** Biggest file taken: a county office's ledger of many years is a few MB. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** Columns read from a sheet; a ledger has a few dozen at most. */
export const MAX_COLUMNS = 100;
/** Rows shown in the preview. */
export const PREVIEW_ROWS = 20;
/** Problems listed in an answer; the rejected rows file has every one. */
export const LISTED_PROBLEMS = 500;

export interface UploadInfo {
  uploadId: string;
  fileName: string;
  /** Each sheet with the number of rows that have something in them. */
  sheets: { name: string; rows: number }[];
}

/**
 * 选择导入文件: the call checks the role and gives a single-use ticket for the file. In the
 * browser the page then sends the file (POST /api/upload/<ticket>); under Electron main asks
 * which file, reads it in, and answers with ticket '' and `upload` (null when cancelled).
 */
export interface UploadTicket {
  ticket: string;
  upload?: UploadInfo | null;
}

/** Which sheet row is the header, which field each column fills, and what a blank cell of a field means. */
export const mappingSchema = z.object({
  headerRow: intField('表头所在行', 1, 1_048_576),
  columns: z.array(z.string().max(40).nullable(), { error: '列的对应关系无效' }).max(MAX_COLUMNS, `最多对应 ${MAX_COLUMNS} 列`),
  defaults: z.record(z.string().max(40), z.string().max(200, '默认值不能超过200个字')).default({}),
});
export type Mapping = z.output<typeof mappingSchema>;

export interface HeaderColumn {
  index: number;
  /** A, B, … as Excel shows it. */
  letter: string;
  /** The header as read (a two-row header joined: 来文单位). */
  name: string;
  /** The first few values below it. */
  samples: string[];
}

/** One problem of one row: the sheet's row number, the field (its Chinese name; '' for the whole row) and what is wrong. */
export interface RowProblem {
  row: number;
  field: string;
  message: string;
}

/** new: would be added; present: already in the register (skipped); invalid: breaks a rule. */
export type RowStatus = 'new' | 'present' | 'invalid';

export interface PreviewRow {
  row: number;
  status: RowStatus;
  /** Field key → the value it would get. */
  shown: Record<string, string>;
  problems: RowProblem[];
  /** For a row already present: which record it is (收〔2024〕3号). */
  note: string;
}

export interface ImportPreview {
  uploadId: string;
  fileName: string;
  register: ImportRegister;
  sheets: { name: string; rows: number }[];
  sheet: string;
  columns: HeaderColumn[];
  /** In use: the one given, else the one suggested from the header. */
  mapping: Mapping;
  /** False when no row looked like a header: the user says which row it is. */
  headerFound: boolean;
  /** Rows to import below the header (blank rows and repeated headers left out). */
  records: number;
  rows: PreviewRow[];
  /** Keys of required fields with neither a column nor a default: nothing can be imported until they have one. */
  missing: string[];
}

export interface ImportReport {
  register: ImportRegister;
  fileName: string;
  sheet: string;
  /** Null for a check, which writes nothing. */
  mode: ImportMode | null;
  records: number;
  /** Rows that meet every rule and are not yet in the register. */
  valid: number;
  /** Rows already in the register (imported before): skipped, never duplicated. */
  present: number;
  rejected: number;
  /** Rows written: `valid`, or 0 when mode 'all' met a problem (and for a check). */
  imported: number;
  /** The first problems, row by row; imports.rejects gives every rejected row with its reasons. */
  problems: RowProblem[];
  rejectsReady: boolean;
}

const uploadId = z
  .string({ error: '请先选择要导入的文件' })
  .regex(/^[a-z0-9]{6,12}-[A-Za-z0-9_-]{16,32}$/, '找不到上传的文件，请重新选择文件');
const register = z.enum(IMPORT_REGISTERS, { error: '请选择导入到哪个登记簿' });
const sheet = z.string({ error: '请选择工作表' }).min(1, '请选择工作表').max(100, '工作表名称无效');
const runInput = { uploadId, register, sheet, mapping: mappingSchema };

export const importsApi = {
  'imports.upload': method<UploadTicket>()({
    input: z.object({ fileName: optionalText('文件名', 200) }),
    access: IMPORTERS,
    title: '选择导入文件',
  }),
  /**
   * The sheet's header, a suggested (or the given) mapping, and the first rows as they would be
   * imported. Without a mapping, `headerRow` says where the header is when the guess was wrong.
   */
  'imports.preview': method<ImportPreview>()({
    input: z.object({ uploadId, register, sheet: sheet.optional(), mapping: mappingSchema.optional(), headerRow: mappingSchema.shape.headerRow.optional() }),
    access: IMPORTERS,
    title: '预览导入',
  }),
  /** Every row through the register's rules, nothing written. */
  'imports.check': method<ImportReport>()({
    input: z.object(runInput),
    access: IMPORTERS,
    title: '检查导入数据',
  }),
  /** 'all': one transaction, nothing imported if any row is wrong; 'validOnly': the right rows, the rest given back. */
  'imports.run': method<ImportReport>()({
    input: z.object({ ...runInput, mode: z.enum(IMPORT_MODES, { error: '请选择导入方式' }) }),
    access: IMPORTERS,
    title: '从Excel导入',
  }),
  /** The rows the last check or import of this file left out, with why, as an .xlsx (an export ticket). */
  'imports.rejects': method<{ ticket: string; fileName: string; savedTo?: string | null }>()({
    input: z.object({ uploadId }),
    access: IMPORTERS,
    title: '下载未导入的行',
  }),
} satisfies Record<string, MethodSpec>;
