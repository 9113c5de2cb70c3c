import { describe, expect, it } from 'vitest';
import { PERSON_TITLES } from '../../../../shared/people/api';
import { checkAgencyCode, checkPublicity, defaultAgencyCodes, normativeLengthWarning } from '../../../../shared/outgoing/checks';
import { maySign, SIGNERS } from '../../../../shared/outgoing/signers';
import { canDo, OUTGOING_STATES } from '../../../../shared/outgoing/states';

describe('outgoing rules in shared/', () => {
  it('art. 17 signer table uses only titles of the people directory', () => {
    for (const byMatter of Object.values(SIGNERS)) for (const titles of Object.values(byMatter)) {
      for (const title of titles) expect(PERSON_TITLES as readonly string[]).toContain(title);
    }
    expect(maySign('county', 'important', '县长')).toBe(true);
    expect(maySign('county', 'important', '副县长')).toMatch(/只能由常务副县长、县长签发/);
    expect(maySign('office', 'general', '办公室副主任')).toMatch(/办公室副主任不能签发/);
  });

  it('R18, codes, defaults and the art. 16 warning', () => {
    expect(checkPublicity('none', 'active', '')).toEqual({});
    expect(checkPublicity('none', 'onRequest', '')).toHaveProperty('publicityReason');
    expect(checkPublicity('topSecret', 'withheld', '涉密')).toEqual({});
    expect(checkPublicity('topSecret', 'active', '')).toHaveProperty('publicity');
    expect(checkAgencyCode('凤政办发')).toBeNull();
    expect(checkAgencyCode('凤政办')).not.toBeNull();
    expect(defaultAgencyCodes('凤凰县人民政府办公室')).toEqual(['凤政发', '凤政办发', '凤政函', '凤政办函', '凤政纪']);
    expect(defaultAgencyCodes('')).toEqual([]);
    expect(normativeLengthWarning(true, 5001)).toMatch(/5000字/);
    expect(normativeLengthWarning(false, 9000)).toBeNull();
  });

  it('only a signed document may be numbered; every state has a refusal in Chinese for a wrong step', () => {
    expect(OUTGOING_STATES.filter((s) => canDo('takeNumber', s) === true)).toEqual(['signed']);
    expect(canDo('print', 'signed')).toBe('这份发文当前为“已签发”，不能印制：须先编号，编号后才能印制');
  });
});
