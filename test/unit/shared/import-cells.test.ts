import { describe, expect, it } from 'vitest';
import { readChoice, readCopyNumbers, readFlag, readInt, readMonths, readSerial } from '../../../shared/imports/cells';
import { convertRow, showRow } from '../../../shared/imports/convert';
import { docTypeOfTitle } from '../../../shared/imports/derive';
import { fieldOf } from '../../../shared/imports/fields';

const secrecy = fieldOf('incoming', 'secrecyLevel')!;

describe('cells of a ledger', () => {
  it('reads a register number with or without its year', () => {
    expect(readSerial('收〔2024〕15号')).toEqual({ ok: true, value: { year: 2024, serial: 15 } });
    expect(readSerial('凤收[2024]第15号')).toEqual({ ok: true, value: { year: 2024, serial: 15 } });
    expect(readSerial('（2024）15')).toEqual({ ok: true, value: { year: 2024, serial: 15 } });
    expect(readSerial('2024-15')).toEqual({ ok: true, value: { year: 2024, serial: 15 } });
    expect(readSerial('2024年第15号')).toEqual({ ok: true, value: { year: 2024, serial: 15 } });
    expect(readSerial(15)).toEqual({ ok: true, value: { year: null, serial: 15 } });
    expect(readSerial('第15号')).toEqual({ ok: true, value: { year: null, serial: 15 } });
    expect(readSerial('１５')).toEqual({ ok: true, value: { year: null, serial: 15 } });
    expect(readSerial(1.5)).toEqual({ ok: false, message: '编号“1.5”应为正整数' });
    expect(readSerial('十五')).toEqual({ ok: false, message: '无法识别编号“十五”，应写成 收〔2024〕15号、2024-15 或 15' });
    expect(readSerial('0')).toMatchObject({ ok: false });
  });

  it('reads counts, periods, yes/no and 份号 as ledgers write them', () => {
    expect(readInt('2份')).toEqual({ ok: true, value: 2 });
    expect(readInt(3)).toEqual({ ok: true, value: 3 });
    expect(readInt('两份')).toEqual({ ok: false, message: '“两份”应为整数' });
    expect(readInt(2.5)).toMatchObject({ ok: false });
    expect(readMonths('10年')).toEqual({ ok: true, value: 120 });
    expect(readMonths('6个月')).toEqual({ ok: true, value: 6 });
    expect(readMonths('1年6个月')).toEqual({ ok: true, value: 18 });
    expect(readMonths(10)).toEqual({ ok: true, value: 120 });
    expect(readMonths('长期')).toMatchObject({ ok: false });
    expect(readFlag('是')).toEqual({ ok: true, value: true });
    expect(readFlag('√')).toEqual({ ok: true, value: true });
    expect(readFlag('否')).toEqual({ ok: true, value: false });
    expect(readFlag('也许')).toEqual({ ok: false, message: '“也许”应为“是”或“否”' });
    expect(readCopyNumbers('1-3、5')).toEqual({ ok: true, value: [1, 2, 3, 5] });
    expect(readCopyNumbers('3-1')).toMatchObject({ ok: false });
  });

  it('reads a choice by its label or a common word, and lists the choices otherwise', () => {
    expect(readChoice('机密', secrecy)).toEqual({ ok: true, value: 'confidential' });
    expect(readChoice('秘密★10年', secrecy)).toEqual({ ok: true, value: 'secret' });
    expect(readChoice('普通', secrecy)).toEqual({ ok: true, value: 'none' });
    expect(readChoice('内部', secrecy)).toEqual({ ok: false, message: '“内部”不是密级的选项（可选：非密、秘密、机密、绝密）' });
  });

  it('takes the 文种 from the end of a title', () => {
    expect(docTypeOfTitle('关于做好防汛工作的通知')).toBe('notice');
    expect(docTypeOfTitle('关于申请资金的请示。')).toBe('request');
    expect(docTypeOfTitle('县政府常务会议纪要')).toBe('minutes');
    expect(docTypeOfTitle('关于印发《工作方案》的通知')).toBe('notice');
    expect(docTypeOfTitle('关于某事的实施意见')).toBe('opinion');
    expect(docTypeOfTitle('凤凰县人民政府令')).toBeNull();
    expect(docTypeOfTitle('工作简报')).toBeNull();
  });
});

describe('a row read field by field', () => {
  it('fills in what a blank means by the register’s practice, and shows the values as the screen does', () => {
    const row = convertRow('incoming', {
      receivedAt: 45356 + 570 / 1440,
      title: '关于做好春耕工作的通知',
      secrecyLevel: '机密',
      copyNumbers: '1-2',
      copies: '2份',
      receiptNo: '收〔2024〕3号',
    });
    expect(row.problems).toEqual({});
    expect(row.values).toEqual({
      receiptNo: { year: 2024, serial: 3 },
      receivedAt: '2024-03-05T09:30:00+08:00',
      title: '关于做好春耕工作的通知',
      docType: 'notice',
      secrecyLevel: 'confidential',
      secrecyPeriodMonths: 240,
      copyNumbers: [1, 2],
      copies: 2,
    });
    expect(showRow('incoming', row.values)).toEqual({
      receiptNo: '2024年第3号',
      receivedAt: '2024-03-05 09:30',
      title: '关于做好春耕工作的通知',
      docType: '通知',
      secrecyLevel: '机密',
      secrecyPeriodMonths: '20年',
      copyNumbers: '000001-000002',
      copies: '2',
    });
  });

  it('a period after the star of 密级 wins over the statutory one; a given 文种 over the title', () => {
    const row = convertRow('incoming', { title: '关于某事的通知', docType: '函', secrecyLevel: '秘密★6个月' });
    expect(row.values).toMatchObject({ docType: 'letter', secrecyLevel: 'secret', secrecyPeriodMonths: 6 });
  });

  it('names each cell it cannot read by field key', () => {
    const row = convertRow('incoming', { receivedAt: '2024.13.1', copies: '很多', secrecyLevel: '内部' });
    expect(Object.keys(row.problems)).toEqual(['receivedAt', 'secrecyLevel', 'copies']);
    expect(row.values).toEqual({});
  });

  it('发文: 拟稿日期 is the 成文日期; 用印: the kind from whether a 发文 is named, 批准时间 the 用印时间', () => {
    expect(convertRow('outgoing', { writtenDate: '2023.1.5' }).values).toEqual({ writtenDate: '2023-01-05', draftDate: '2023-01-05' });
    expect(convertRow('seals', { usedAt: '2024-03-05 09:30', approverId: '赵主任' }).values).toEqual({
      usedAt: '2024-03-05T09:30',
      approverId: '赵主任',
      useKind: 'other',
      approvedAt: '2024-03-05T09:30',
    });
    expect(convertRow('seals', { outgoingId: '凤政办发〔2024〕1号' }).values.useKind).toBe('document');
  });
});
