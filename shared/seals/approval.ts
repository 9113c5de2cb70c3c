/**
 * Who may approve a use of a seal outside issuing a document (审批用印), by the 职务 recorded
 * in the people directory. Work rules art. 21:
 *
 *   使用县人民政府印章，须报告办公室联系该项工作的副主任或负责人、分管文秘工作副主任，并经县人民政府
 *   领导审批同意；使用县政府办印章，须报告分管文秘工作副主任，经县政府办副主任或主任审批同意；使用县长
 *   专用章，须先经联系工作副主任、主任及分管副县长审核，再请示县长本人同意后用章。
 *
 * The office's reading (issue 5): the county government's seal is approved by the 县长, or by the
 * 常务副县长 on the 县长's delegation for routine matters. Each seal keeps its own list, which the
 * administrator may change; these are the defaults of the three seals of art. 21.
 */
export interface DefaultSeal {
  name: string;
  approverTitles: readonly string[];
  /** The rule in the office's words, shown when an approver is refused. */
  approvalRule: string;
}

export const DEFAULT_SEALS: readonly DefaultSeal[] = [
  {
    name: '县人民政府印章',
    approverTitles: ['县长', '常务副县长'],
    approvalRule: '使用县人民政府印章须经县人民政府领导审批同意（县长，或受县长委托的常务副县长）',
  },
  {
    name: '县政府办印章',
    approverTitles: ['办公室主任', '办公室副主任'],
    approvalRule: '使用县政府办印章须经县政府办主任或副主任审批同意',
  },
  {
    name: '县长专用章',
    approverTitles: ['县长'],
    approvalRule: '使用县长专用章须请示县长本人同意',
  },
];

/** True, or the Chinese reason this person may not approve a use of the seal. */
export function mayApprove(seal: { name: string; approverTitles: readonly string[]; approvalRule: string }, person: { name: string; title: string }): true | string {
  if (seal.approverTitles.includes(person.title)) return true;
  const who = `${person.title || '未填职务的人员'}${person.name}`;
  const rule = seal.approvalRule || `${seal.name}只能由${seal.approverTitles.join('、') || '（未设定审批人）'}批准`;
  return `${rule}（工作规则第二十一条），${who}不能批准使用${seal.name}`;
}
