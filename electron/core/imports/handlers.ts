import type { ParsedInputOf } from '../../../shared/api';
import { IMPORT_MODE_LABELS, LISTED_PROBLEMS, PREVIEW_ROWS, type ImportMode, type ImportReport, type Mapping } from '../../../shared/imports/api';
import type { Cell } from '../../../shared/imports/cells';
import { showCell, showRow } from '../../../shared/imports/convert';
import { fieldOf, IMPORT_FIELDS } from '../../../shared/imports/fields';
import type { SheetRow } from '../../../shared/imports/headers';
import { missingFields, mappingProblems } from '../../../shared/imports/mapping';
import { IMPORT_REGISTER_LABELS, mayImport, type ImportRegister } from '../../../shared/imports/registers';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { CommittedRefusal, invalid, refuse } from '../api/errors';
import { ticketStore } from '../exports/tickets';
import { Directory } from './directory';
import { processRows, type RowOutcome } from './pipeline';
import { keepRejects, readRejects } from './rejects';
import { openSheet } from './sheet';
import { uploadsOf } from './uploads';

/** Each register is imported by its own writers; a refusal is recorded like any refused call. */
function denied(ctx: CallContext, register: ImportRegister): CommittedRefusal | null {
  if (mayImport(ctx.user!.roles, register)) return null;
  ctx.audit({ title: `拒绝：${ctx.title}`, detail: `无${IMPORT_REGISTER_LABELS[register]}的导入权限，调用被拒绝` });
  return new CommittedRefusal(refuse('FORBIDDEN', `您没有导入${IMPORT_REGISTER_LABELS[register]}的权限。`));
}

function checkMapping(register: ImportRegister, mapping: Mapping): void {
  const problems = mappingProblems(register, mapping);
  const first = Object.values(problems)[0];
  if (first) throw refuse('VALIDATION', first, problems);
  const missing = missingFields(register, mapping);
  if (missing.length) {
    const labels = missing.map((k) => `「${fieldOf(register, k)!.label}」`).join('');
    throw refuse(
      'VALIDATION',
      `还没有对应${labels}：请为它选择表中的列，或填写空白时使用的值。`,
      Object.fromEntries(missing.map((k) => [`mapping.defaults.${k}`, '请选择对应的列，或填写空白时使用的值'])),
    );
  }
}

/** A rejected row as the file had it; a date column's serial numbers written as dates, so the row reads as in Excel. */
function rejectedCells(register: ImportRegister, mapping: Mapping, row: SheetRow): Cell[] {
  return row.cells.map((cell, c) => {
    const field = mapping.columns[c] ? fieldOf(register, mapping.columns[c]!) : undefined;
    const dated = field && (field.kind === 'date' || field.kind === 'instant' || field.kind === 'localTime');
    return dated && typeof cell === 'number' ? showCell(field, cell) : cell;
  });
}

/** A row as the preview shows it: a unit named by its short name shows the full name it was found under. */
function shownOf(ctx: CallContext, register: ImportRegister, directory: Directory, o: RowOutcome): Record<string, string> {
  const shown = showRow(register, o.values);
  for (const field of IMPORT_FIELDS[register]) {
    const written = shown[field.key];
    if (field.kind !== 'unit' || written === undefined) continue;
    const found = directory.unit(written);
    if (found.ok) shown[field.key] = ctx.get('units', found.id)?.fullName ?? written;
  }
  return shown;
}

const reasonOf = (o: RowOutcome) => o.problems.map((p) => (p.field ? `${p.field}：${p.message}` : p.message)).join('；');

type RunInput = ParsedInputOf<'imports.check'>;

/** A check (mode null: nothing written) or an import of every row of the sheet. */
function runImport(ctx: CallContext, input: RunInput, mode: ImportMode | null): ImportReport | CommittedRefusal {
  const store = uploadsOf(ctx.sqlite);
  const upload = store.load(input.uploadId, ctx.user!.id);
  const refused = denied(ctx, input.register);
  if (refused) return refused;
  checkMapping(input.register, input.mapping);
  const sheet = openSheet(store, upload, input.register, ctx.user!.displayName, input);
  const done = processRows(ctx, input.register, sheet.records, input.mapping, { write: mode !== null, mode, keepOutcomes: false });
  if (done.records === 0) throw invalid('mapping.headerRow', '表头下面没有可导入的行：请检查表头所在行和各列的对应。');
  keepRejects(store.path(input.uploadId, 'rejects.json'), {
    fileName: upload.fileName,
    sheet: sheet.name,
    headers: sheet.columns.map((c) => c.name),
    rows: done.rejected.map((o) => ({ row: o.row.row, cells: rejectedCells(input.register, input.mapping, o.row), reason: reasonOf(o) })),
  });
  const report: ImportReport = {
    register: input.register,
    fileName: upload.fileName,
    sheet: sheet.name,
    mode,
    records: done.records,
    valid: done.valid,
    present: done.present,
    rejected: done.rejected.length,
    imported: done.imported,
    problems: done.rejected.flatMap((o) => o.problems).slice(0, LISTED_PROBLEMS),
    rejectsReady: done.rejected.length > 0,
  };
  if (mode) {
    const left = report.rejected === 0 ? '' : mode === 'all' ? '，因此全部未导入' : '，未导入';
    ctx.audit({
      detail:
        `${IMPORT_REGISTER_LABELS[input.register]}：文件「${upload.fileName}」工作表「${sheet.name}」，${IMPORT_MODE_LABELS[mode]}；` +
        `共 ${report.records} 行，新增 ${report.imported} 条，已有跳过 ${report.present} 条，有误 ${report.rejected} 行${left}`,
    });
  }
  return report;
}

export const importHandlers: Pick<Handlers, 'imports.upload' | 'imports.preview' | 'imports.check' | 'imports.run' | 'imports.rejects'> = {
  'imports.upload': (ctx, { fileName }) => ({ ticket: uploadsOf(ctx.sqlite).issue(ctx.session, ctx.user!.id, fileName) }),

  'imports.preview': (ctx, input) => {
    const store = uploadsOf(ctx.sqlite);
    const upload = store.load(input.uploadId, ctx.user!.id);
    const refused = denied(ctx, input.register);
    if (refused) return refused;
    if (input.mapping) {
      const problems = mappingProblems(input.register, input.mapping);
      if (Object.keys(problems).length) throw refuse('VALIDATION', Object.values(problems)[0], problems);
    }
    const sheet = openSheet(store, upload, input.register, ctx.user!.displayName, input);
    let records = 0;
    const first: SheetRow[] = [];
    for (const r of sheet.records()) if ((records += 1) <= PREVIEW_ROWS) first.push(r);
    const done = processRows(ctx, input.register, () => first, sheet.mapping, { write: false, mode: null, keepOutcomes: true });
    const directory = new Directory(ctx);
    return {
      uploadId: upload.uploadId,
      fileName: upload.fileName,
      register: input.register,
      sheets: upload.sheets.map((s) => ({ name: s.name, rows: s.rows })),
      sheet: sheet.name,
      columns: sheet.columns,
      mapping: sheet.mapping,
      headerFound: sheet.headerFound,
      records,
      rows: done.outcomes.map((o) => ({ row: o.row.row, status: o.status, shown: shownOf(ctx, input.register, directory, o), problems: o.problems, note: o.note })),
      missing: missingFields(input.register, sheet.mapping),
    };
  },

  'imports.check': (ctx, input) => runImport(ctx, input, null),

  'imports.run': (ctx, input) => runImport(ctx, input, input.mode),

  'imports.rejects': (ctx, { uploadId }) => {
    const store = uploadsOf(ctx.sqlite);
    const upload = store.load(uploadId, ctx.user!.id);
    const path = store.path(uploadId, 'rejects.json');
    const rejects = readRejects(path);
    if (!rejects) throw refuse('NOT_FOUND', '这个文件没有未导入的行。');
    const fileName = `未导入的行-${upload.fileName.replace(/\.xlsx$/i, '')}.xlsx`;
    ctx.audit({ detail: `导出 ${fileName}：文件「${upload.fileName}」工作表「${rejects.sheet}」未导入的 ${rejects.rows.length} 行及原因` });
    const ticket = ticketStore(ctx.sqlite).issue(
      { kind: 'importRejects', session: ctx.session, userId: ctx.user!.id, input: { path }, seesTitles: true, fileName },
      ctx.now.getTime(),
    );
    return { ticket, fileName };
  },
};
