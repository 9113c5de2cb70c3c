import { describe, expect, it } from 'vitest';
import { blankRegister, checkRegisterValues, toRegisterInput, type RegisterValues } from '../../../renderer/classified/register-values';

const typed = (extra: Partial<RegisterValues>): RegisterValues => ({
  ...blankRegister('2026-05-12'),
  source: 'direct',
  title: '关于加强保密管理的通知',
  docNumber: '市办秘〔2026〕9号',
  issuerUnitId: 'unit-1',
  secrecyLevel: 'confidential',
  secrecyPeriodMonths: '20年',
  copyNumbers: '1-3',
  scope: ['p-a', 'p-b'],
  ...extra,
});

describe('登记密件 form values', () => {
  it('sends a document typed from paper with its 份号 and 保密期限 read, kept unless a 清退期限 is given', () => {
    expect(toRegisterInput(typed({}))).toEqual({
      incomingId: null,
      title: '关于加强保密管理的通知',
      docNumber: '市办秘〔2026〕9号',
      issuerUnitId: 'unit-1',
      secrecyLevel: 'confidential',
      secrecyPeriodMonths: 240,
      receivedDate: '2026-05-12',
      copyNumbers: [1, 2, 3],
      scope: ['p-a', 'p-b'],
      returnBy: null,
      remarks: '',
    });
    expect(toRegisterInput(typed({ requirement: 'surrender', returnBy: '2026/6/30' })).returnBy).toBe('2026-06-30');
    expect(checkRegisterValues(typed({}))).toEqual({});
  });

  it('sends only 知悉范围 and 清退要求 with a classified incoming record: its facts come from the register', () => {
    const v: RegisterValues = { ...blankRegister('2026-05-12'), incomingId: 'in-1', scope: ['p-a'], title: '不会发送' };
    expect(toRegisterInput(v)).toEqual({ incomingId: 'in-1', scope: ['p-a'], returnBy: null, remarks: '' });
    expect(checkRegisterValues({ ...v, incomingId: null })).toMatchObject({ incomingId: '请从收文登记中选择这份密件' });
  });

  it('names each missing or wrong fact under its field, in the words of the core', () => {
    const errors = checkRegisterValues(typed({ title: ' ', issuerUnitId: null, copyNumbers: '3-1', secrecyPeriodMonths: '30年', scope: [] }));
    expect(errors).toMatchObject({
      title: '请填写标题',
      issuerUnitId: '请选择发文机关（清退时交回的单位）',
      copyNumbers: '范围“3-1”起止颠倒，应写作1-3',
      secrecyPeriodMonths: '机密文件的保密期限不能超过20年',
      scope: '请填写知悉范围：可以阅读此件的人员',
    });
    expect(checkRegisterValues(typed({ secrecyLevel: null }))).toMatchObject({ secrecyLevel: '请选择密级' });
    expect(checkRegisterValues(typed({ copyNumbers: '' }))).toMatchObject({ copyNumbers: '机密文件须逐份登记份号' });
    expect(checkRegisterValues(typed({ requirement: 'surrender' }))).toMatchObject({ returnBy: '请填写清退期限，或选择留存' });
  });
});
