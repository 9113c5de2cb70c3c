import { describe, expect, it } from 'vitest';
import { fromDateText, fromExcelSerial, readDateCell } from '../../../shared/imports/dates';

describe('dates in a ledger cell', () => {
  it('reads Excel serial numbers as Excel shows them, with the time of day when there is one', () => {
    expect(fromExcelSerial(45356)).toEqual({ ok: true, date: '2024-03-05', time: null });
    expect(fromExcelSerial(45356.5)).toEqual({ ok: true, date: '2024-03-05', time: '12:00' });
    expect(fromExcelSerial(45356 + 570 / 1440)).toEqual({ ok: true, date: '2024-03-05', time: '09:30' });
    // A time a few seconds before midnight rounds into the next day, not to 24:00.
    expect(fromExcelSerial(45356.99999)).toEqual({ ok: true, date: '2024-03-06', time: '00:00' });
    expect(fromExcelSerial(36526)).toMatchObject({ date: '2000-01-01' });
    expect(fromExcelSerial(25569)).toMatchObject({ date: '1970-01-01' });
    expect(fromExcelSerial(18264)).toMatchObject({ date: '1950-01-01' });
  });

  it('refuses numbers that are no date of a register (a 份数 in a date column, Lotus’s 1900-02-29)', () => {
    expect(fromExcelSerial(3)).toEqual({ ok: false, message: '日期“3”的年份不在1949至2100年之间：这一格是数字，不像日期' });
    expect(fromExcelSerial(60)).toEqual({ ok: false, message: '“60”不是有效的日期' });
    expect(fromExcelSerial(0).ok).toBe(false);
    expect(fromExcelSerial(-5).ok).toBe(false);
    expect(fromExcelSerial(Number.NaN).ok).toBe(false);
  });

  it('reads the forms offices type: 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305, full-width digits', () => {
    for (const text of ['2024-03-05', '2024-3-5', '2024/3/5', '2024.3.5', '2024年3月5日', '2024年03月05日', '20240305', '２０２４．３．５', ' 2024 . 3 . 5 ']) {
      expect(fromDateText(text), text).toEqual({ ok: true, date: '2024-03-05', time: null });
    }
  });

  it('reads a time after the date', () => {
    expect(fromDateText('2024-03-05 09:30')).toMatchObject({ date: '2024-03-05', time: '09:30' });
    expect(fromDateText('2024/3/5 9:30:15')).toMatchObject({ time: '09:30' });
    expect(fromDateText('2024年3月5日9时30分')).toMatchObject({ time: '09:30' });
    expect(fromDateText('2024年3月5日 14点')).toMatchObject({ time: '14:00' });
    expect(fromDateText('2024-03-05T16:45')).toMatchObject({ time: '16:45' });
  });

  it('says what is wrong, in Chinese, naming what was written', () => {
    expect(fromDateText('2024.2.30')).toEqual({ ok: false, message: '日期“2024.2.30”不存在（2月没有30日）' });
    expect(fromDateText('2023-02-29')).toMatchObject({ ok: false });
    expect(fromDateText('2024-02-29')).toMatchObject({ ok: true });
    expect(fromDateText('3月5日')).toEqual({ ok: false, message: '日期“3月5日”缺少年份，请写成 2024-03-05、2024/3/5、2024.3.5 或 2024年3月5日' });
    expect(fromDateText('三月五日')).toEqual({ ok: false, message: '无法识别日期“三月五日”，请写成 2024-03-05、2024/3/5、2024.3.5 或 2024年3月5日' });
    expect(fromDateText('1900-01-01')).toEqual({ ok: false, message: '日期“1900-01-01”的年份不在1949至2100年之间' });
    expect(fromDateText('2024-03-05 25:00')).toEqual({ ok: false, message: '无法识别“2024-03-05 25:00”中的时间“25:00”，请写成 9:30 这样' });
  });

  it('takes a cell as the workbook reader gives it: a number or text', () => {
    expect(readDateCell(45356)).toMatchObject({ date: '2024-03-05' });
    expect(readDateCell('2024.3.5')).toMatchObject({ date: '2024-03-05' });
  });
});
