import { ISSUER_LABELS, MATTER_LABELS, type Issuer, type Matter } from './vocabulary';

/**
 * Who may 签发 (sign for issue), by the 职务 recorded in the people directory.
 * Work rules art. 17:
 *
 *   以县政府名义制发文件，一般事项由办公室联系该项工作副主任或负责人审核，办公室主任、分管副县长签发，
 *   必要时呈常务副县长、县长签发；重要事项经分管文秘工作副主任签呈联系该项工作副主任或负责人、主任、
 *   分管副县长审核后，由常务副县长或县长签发；以县政府办名义制发文件，一般事项由分管副主任审核，
 *   主任或分管副县长签发，必要时呈常务副县长、县长签发。
 *
 * "必要时" is the office's judgement, not something the register can check, so
 * 常务副县长 and 县长 may always sign a general matter. Titles match exactly the
 * 职务 of shared/people/api PERSON_TITLES (主任 of the office = 办公室主任).
 */
export const SIGNERS: Record<Issuer, Record<Matter, readonly string[]>> = {
  county: {
    general: ['办公室主任', '副县长', '常务副县长', '县长'],
    important: ['常务副县长', '县长'],
  },
  office: {
    general: ['办公室主任', '副县长', '常务副县长', '县长'],
    // Art. 17 gives no separate rule for the office's important matters: the general chain applies.
    important: ['办公室主任', '副县长', '常务副县长', '县长'],
  },
};

/** True, or the Chinese reason the person with this 职务 may not sign this document. */
export function maySign(issuer: Issuer, matter: Matter, title: string): true | string {
  const allowed = SIGNERS[issuer][matter];
  if (allowed.includes(title)) return true;
  return `以${ISSUER_LABELS[issuer]}名义制发的${MATTER_LABELS[matter]}文件只能由${allowed.join('、')}签发（工作规则第十七条），${title || '未填职务的人员'}不能签发`;
}

/**
 * Work rules art. 17, last line: 规范性文件备案，由县政府办主任签发. The 主任 of the office is
 * the 职务 办公室主任 of the people directory (a 副主任 is not the 主任).
 */
export const FILING_SIGNERS: readonly string[] = ['办公室主任'];

/** True, or the Chinese reason the person with this 职务 may not sign a 备案报告. */
export function maySignFiling(title: string): true | string {
  if (FILING_SIGNERS.includes(title)) return true;
  return `规范性文件备案由县政府办主任签发（工作规则第十七条），${title || '未填职务的人员'}不能签发备案报告`;
}
