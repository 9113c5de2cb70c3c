import { fold } from '../../../shared/imports/cells';
import type { CallContext } from '../api/context';
import { prepared } from '../db/statements';
import { ensureDefaultSeals } from '../seals/catalog';

export type Lookup = { ok: true; id: string } | { ok: false; message: string };

type Names = Map<string, string[]>;

function add(names: Names, name: string, id: string): void {
  const key = fold(name);
  if (!key) return;
  const ids = names.get(key) ?? [];
  if (!ids.includes(id)) ids.push(id);
  names.set(key, ids);
}

/**
 * The names a ledger writes, looked up in the directories once per import: units by full
 * name or short name, people by name, seals by name, documents by 发文字号. Disabled units
 * and people are found too, so the register's own rule says what is wrong with them.
 */
export class Directory {
  private unitNames?: { full: Names; short: Names };
  private peopleNames?: Names;
  private sealNames?: Names;
  private documents?: Names;

  constructor(private readonly ctx: CallContext) {}

  unit(name: string): Lookup {
    this.unitNames ??= this.loadUnits();
    const key = fold(name);
    const full = this.unitNames.full.get(key);
    if (full) return { ok: true, id: full[0] };
    const short = this.unitNames.short.get(key) ?? [];
    if (short.length === 1) return { ok: true, id: short[0] };
    if (short.length > 1) return { ok: false, message: `简称“${name}”对应 ${short.length} 个单位，请写单位全称` };
    return { ok: false, message: `“${name}”不在单位名录中：请先在单位名录中添加（或先导入单位名录），名称须与全称或简称一致` };
  }

  person(name: string): Lookup {
    if (!this.peopleNames) {
      this.peopleNames = new Map();
      const rows = prepared(this.ctx.sqlite, 'SELECT id, name FROM people WHERE deleted_at IS NULL').all() as { id: string; name: string }[];
      for (const r of rows) add(this.peopleNames, r.name, r.id);
    }
    const ids = this.peopleNames.get(fold(name)) ?? [];
    if (ids.length === 1) return { ok: true, id: ids[0] };
    if (ids.length > 1) return { ok: false, message: `人员名录中有 ${ids.length} 位“${name}”，无法确定是哪一位` };
    return { ok: false, message: `“${name}”不在人员名录中，请先在人员名录中添加` };
  }

  seal(name: string): Lookup {
    if (!this.sealNames) {
      // As the seal screens do on first use: the seals of art. 21 exist before any line names them.
      ensureDefaultSeals(this.ctx);
      this.sealNames = new Map();
      for (const r of prepared(this.ctx.sqlite, 'SELECT id, name FROM seals').all() as { id: string; name: string }[]) add(this.sealNames, r.name, r.id);
    }
    const ids = this.sealNames.get(fold(name)) ?? [];
    return ids.length ? { ok: true, id: ids[0] } : { ok: false, message: `印章目录中没有“${name}”，名称须与印章目录一致` };
  }

  document(docNumber: string): Lookup {
    if (!this.documents) {
      this.documents = new Map();
      const rows = prepared(this.ctx.sqlite, "SELECT id, doc_number AS docNumber FROM outgoing WHERE doc_number <> '' AND deleted_at IS NULL").all() as {
        id: string;
        docNumber: string;
      }[];
      for (const r of rows) add(this.documents, r.docNumber, r.id);
    }
    const ids = this.documents.get(fold(docNumber)) ?? [];
    return ids.length ? { ok: true, id: ids[0] } : { ok: false, message: `发文登记中没有${docNumber}，公文用印须关联已编号的发文` };
  }

  private loadUnits() {
    const full: Names = new Map();
    const short: Names = new Map();
    const rows = prepared(this.ctx.sqlite, 'SELECT id, full_name AS fullName, short_name AS shortName FROM units WHERE deleted_at IS NULL').all() as {
      id: string;
      fullName: string;
      shortName: string;
    }[];
    for (const r of rows) {
      add(full, r.fullName, r.id);
      add(short, r.shortName, r.id);
    }
    return { full, short };
  }
}
