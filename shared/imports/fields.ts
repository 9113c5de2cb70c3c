import {
  ADDRESSEE_LABELS,
  DOC_TYPE_LABELS,
  INCOMING_CLASS_LABELS,
  SECRECY_LEVEL_LABELS,
  URGENCY_LABELS,
} from '../incoming/vocabulary';
import { ISSUER_LABELS, MATTER_LABELS, MEETING_TYPE_LABELS, PUBLICITY_LABELS } from '../outgoing/vocabulary';
import { USE_KIND_LABELS, USE_METHOD_LABELS } from '../seals/vocabulary';
import { UNIT_CATEGORY_LABELS } from '../units/api';
import type { ImportRegister } from './registers';

/**
 * How a cell is read:
 * - instant: a date and maybe a time, kept as an Asia/Shanghai instant (收文日期时间);
 * - localTime: the same as the office's wall-clock 'YYYY-MM-DDTHH:mm' (用印时间);
 * - serial: a register's own number (收文号 收〔2024〕15号, 用印序号 2024-15);
 * - unit / person / seal / document: a name looked up in the directories (or a 发文字号).
 */
export type FieldKind =
  | 'text'
  | 'date'
  | 'instant'
  | 'localTime'
  | 'int'
  | 'months'
  | 'copyNumbers'
  | 'flag'
  | 'serial'
  | 'choice'
  | 'unit'
  | 'person'
  | 'seal'
  | 'document';

export interface ImportField {
  /** The register method's input key (or the import's own: receiptNo, serial, returnedAt, supervisor). */
  key: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  /** Header words offices use for this column, best first. */
  headers: readonly string[];
  /** choice: code → label, and other words ledgers write for a code. */
  labels?: Readonly<Record<string, string>>;
  aliases?: Readonly<Record<string, string>>;
  /** What an empty cell means, as a cell would say it; the import screen lets the user change it. */
  byDefault?: string;
  /** Said under the field on the import screen when the sheet has no column for it. */
  note?: string;
}

const SECRECY_ALIASES = { 无: 'none', 普通: 'none', 公开: 'none', 非涉密: 'none', 一般: 'none' };
const URGENCY_ALIASES = { 普通: 'normal', 一般: 'normal', 无: 'normal', 常规: 'normal', 平: 'normal', 急: 'urgent', 急件: 'urgent' };
const DOC_TYPE_ALIASES = { 命令: 'order', 令: 'order', 会议纪要: 'minutes', 通告: 'notice_public' };

const secrecyFields: ImportField[] = [
  { key: 'secrecyLevel', label: '密级', kind: 'choice', required: true, headers: ['密级', '秘密等级', '保密等级', '密级程度'], labels: SECRECY_LEVEL_LABELS, aliases: SECRECY_ALIASES, byDefault: '非密' },
  {
    key: 'secrecyPeriodMonths',
    label: '保密期限',
    kind: 'months',
    required: false,
    headers: ['保密期限', '保密期', '密期'],
    note: '密级文件空白时按该密级的法定最长期限登记（秘密10年、机密20年、绝密30年）',
  },
];

const urgencyField: ImportField = {
  key: 'urgency',
  label: '紧急程度',
  kind: 'choice',
  required: true,
  headers: ['紧急程度', '缓急', '缓急程度', '急缓程度', '紧急'],
  labels: URGENCY_LABELS,
  aliases: URGENCY_ALIASES,
  byDefault: '平件',
};

const docTypeField: ImportField = {
  key: 'docType',
  label: '文种',
  kind: 'choice',
  required: true,
  headers: ['文种', '公文种类', '文件种类', '文件类型', '种类'],
  labels: DOC_TYPE_LABELS,
  aliases: DOC_TYPE_ALIASES,
  note: '空白时按标题末尾的文种登记（“关于……的通知”为通知）',
};

const titleField: ImportField = {
  key: 'title',
  label: '标题',
  kind: 'text',
  required: true,
  headers: ['标题', '文件标题', '来文标题', '文件名称', '文件名', '题目', '文件题目', '名称'],
};

const remarksField: ImportField = { key: 'remarks', label: '备注', kind: 'text', required: false, headers: ['备注', '附注', '说明'] };

/** The columns of each register's paper book, in its order. */
export const IMPORT_FIELDS: Record<ImportRegister, readonly ImportField[]> = {
  incoming: [
    {
      key: 'receiptNo',
      label: '收文号',
      kind: 'serial',
      required: false,
      headers: ['收文号', '收文编号', '收文序号', '收文登记号', '登记号', '编号', '序号', '顺序号'],
      note: '有收文号的保留原号（年份须与收文日期一致）；空白的接着本年最大的号往下编',
    },
    {
      key: 'receivedAt',
      label: '收文日期',
      kind: 'instant',
      required: true,
      headers: ['收文日期', '收文时间', '收文日期时间', '收到日期', '收件日期', '签收日期', '签收时间', '登记日期', '日期'],
    },
    { key: 'signedBy', label: '签收人', kind: 'text', required: true, headers: ['签收人', '签收', '收件人', '登记人'] },
    {
      key: 'fromUnitId',
      label: '来文单位',
      kind: 'unit',
      required: true,
      headers: ['来文单位', '来文机关', '来件单位', '来文部门', '报送单位', '发文单位', '发文机关', '单位'],
      note: '须与单位名录中的全称或简称一致；名录中没有的单位请先添加（或先导入单位名录）',
    },
    { key: 'docNumber', label: '来文字号', kind: 'text', required: false, headers: ['来文字号', '来文文号', '文号', '发文字号', '字号', '文件字号', '文件编号'] },
    titleField,
    docTypeField,
    { key: 'writtenDate', label: '成文日期', kind: 'date', required: false, headers: ['成文日期', '成文时间', '发文日期', '文件日期', '落款日期'] },
    { key: 'submittedDate', label: '报送日期', kind: 'date', required: false, headers: ['报送日期', '报送时间', '送文日期'] },
    ...secrecyFields,
    { key: 'copyNumbers', label: '份号', kind: 'copyNumbers', required: false, headers: ['份号', '文件份号'] },
    urgencyField,
    { key: 'copies', label: '份数', kind: 'int', required: true, headers: ['份数', '收文份数', '件数', '数量'], byDefault: '1' },
    { key: 'pages', label: '页数', kind: 'int', required: false, headers: ['页数', '张数'] },
    {
      key: 'incomingClass',
      label: '收文类别',
      kind: 'choice',
      required: true,
      headers: ['收文类别', '类别', '文件类别', '办理类别', '阅办类别'],
      labels: INCOMING_CLASS_LABELS,
      aliases: { 阅知: 'readOnly', 阅件: 'readOnly', 传阅: 'readOnly', 批办: 'toHandle', 办件: 'toHandle', 办理: 'toHandle', 请示: 'request' },
    },
    {
      key: 'addressee',
      label: '主送',
      kind: 'choice',
      required: true,
      headers: ['主送', '主送机关', '主送单位', '收文机关'],
      labels: ADDRESSEE_LABELS,
      aliases: { 县人民政府: 'county', 县政府办公室: 'office', 县人民政府办公室: 'office', 政府办: 'office' },
    },
    remarksField,
  ],
  outgoing: [
    { key: 'docNumber', label: '发文字号', kind: 'text', required: true, headers: ['发文字号', '发文文号', '发文号', '文号', '字号', '文件编号', '编号'] },
    { key: 'writtenDate', label: '成文日期', kind: 'date', required: true, headers: ['成文日期', '成文时间', '发文日期', '发文时间', '落款日期', '日期'] },
    titleField,
    docTypeField,
    {
      key: 'issuer',
      label: '发文机关',
      kind: 'choice',
      required: true,
      headers: ['发文机关', '发文名义', '行文机关', '名义'],
      labels: ISSUER_LABELS,
      aliases: { 县人民政府: 'county', 县政府办公室: 'office', 县人民政府办公室: 'office', 政府办: 'office' },
      byDefault: '县政府办',
    },
    {
      key: 'matter',
      label: '事项类别',
      kind: 'choice',
      required: true,
      headers: ['事项类别', '事项', '重要程度'],
      labels: MATTER_LABELS,
      aliases: { 一般: 'general', 重要: 'important' },
      byDefault: '一般事项',
    },
    {
      key: 'draftUnitId',
      label: '拟稿单位',
      kind: 'unit',
      required: true,
      headers: ['拟稿单位', '起草单位', '承办单位', '主办单位', '拟稿科室', '承办科室', '单位'],
      note: '须与单位名录中的全称或简称一致',
    },
    { key: 'drafter', label: '拟稿人', kind: 'text', required: true, headers: ['拟稿人', '起草人', '承办人', '经办人'] },
    {
      key: 'draftDate',
      label: '拟稿日期',
      kind: 'date',
      required: true,
      headers: ['拟稿日期', '起草日期', '拟稿时间'],
      note: '空白时与成文日期相同',
    },
    { key: 'mainTo', label: '主送', kind: 'text', required: false, headers: ['主送', '主送机关', '主送单位'] },
    { key: 'ccTo', label: '抄送', kind: 'text', required: false, headers: ['抄送', '抄送机关', '抄送单位'] },
    ...secrecyFields,
    urgencyField,
    {
      key: 'publicity',
      label: '公开属性',
      kind: 'choice',
      required: true,
      headers: ['公开属性', '公开方式', '公开类型', '信息公开', '是否公开'],
      labels: PUBLICITY_LABELS,
      aliases: { 公开: 'active', 是: 'active', 不公开: 'withheld', 否: 'withheld' },
      byDefault: '主动公开',
    },
    { key: 'publicityReason', label: '不公开理由', kind: 'text', required: false, headers: ['不公开理由', '不予公开理由', '依申请公开理由'] },
    { key: 'normative', label: '规范性文件', kind: 'flag', required: false, headers: ['规范性文件', '是否规范性文件'], byDefault: '否' },
    { key: 'wordCount', label: '字数', kind: 'int', required: false, headers: ['字数'] },
    {
      key: 'meetingType',
      label: '会议类型',
      kind: 'choice',
      required: false,
      headers: ['会议类型', '会议名称', '会议'],
      labels: MEETING_TYPE_LABELS,
      aliases: { 全体会议: 'plenary', 常务会议: 'standing', 常务会: 'standing', 县长办公会: 'mayor', 专题会: 'topical' },
    },
    { key: 'meetingAt', label: '会议时间', kind: 'localTime', required: false, headers: ['会议时间', '会议日期'] },
  ],
  seals: [
    {
      key: 'serial',
      label: '序号',
      kind: 'serial',
      required: false,
      headers: ['序号', '用印序号', '编号', '登记号'],
      note: '有序号的保留原号（如 2024-15；只写 15 的按用印时间的年份）；空白的接着该年最大的序号往下编',
    },
    { key: 'usedAt', label: '用印时间', kind: 'localTime', required: true, headers: ['用印时间', '用印日期', '盖章时间', '盖章日期', '日期', '时间'] },
    { key: 'sealId', label: '印章', kind: 'seal', required: true, headers: ['印章', '印章名称', '所用印章', '用印名称', '印章种类', '印鉴'], note: '须与印章目录中的名称一致' },
    {
      key: 'useKind',
      label: '用印类别',
      kind: 'choice',
      required: true,
      headers: ['用印类别', '用印类型', '类别', '类型'],
      labels: USE_KIND_LABELS,
      aliases: { 公文: 'document', 发文用印: 'document', 其他: 'other', 审批用印: 'other' },
      note: '空白时：填了关联发文的为公文用印，否则为其他用印',
    },
    { key: 'outgoingId', label: '关联发文', kind: 'document', required: false, headers: ['关联发文', '关联文号', '发文字号', '文号'], note: '写发文字号，须已在发文登记中' },
    { key: 'reason', label: '事由', kind: 'text', required: true, headers: ['事由', '用印事由', '用途', '用印原因', '事项'] },
    { key: 'fileName', label: '文件名称', kind: 'text', required: false, headers: ['文件名称', '文件标题', '材料名称', '用印文件', '文件名', '标题'] },
    { key: 'copies', label: '份数', kind: 'int', required: true, headers: ['份数', '用印份数', '盖章份数', '数量'], byDefault: '1' },
    { key: 'unitId', label: '申请单位', kind: 'unit', required: true, headers: ['申请单位', '用印单位', '申请部门', '部门', '单位'], note: '须与单位名录中的全称或简称一致' },
    { key: 'handler', label: '经办人', kind: 'text', required: true, headers: ['经办人', '申请人', '用印人', '经手人'] },
    { key: 'approverId', label: '批准人', kind: 'person', required: false, headers: ['批准人', '审批人', '批准领导', '审批领导', '签批人'], note: '须为人员名录中的人' },
    { key: 'approvedAt', label: '批准时间', kind: 'localTime', required: false, headers: ['批准时间', '审批时间', '批准日期', '审批日期'], note: '空白时按用印时间登记' },
    { key: 'supervisor', label: '监印人', kind: 'text', required: false, headers: ['监印人', '监印'], note: '空白时为导入的人' },
    {
      key: 'method',
      label: '方式',
      kind: 'choice',
      required: true,
      headers: ['方式', '用印方式'],
      labels: USE_METHOD_LABELS,
      aliases: { 现场盖章: 'stamp', 用印: 'stamp', 带出: 'takeOut', 外借: 'takeOut' },
      byDefault: '盖章',
    },
    { key: 'returnedAt', label: '归还时间', kind: 'localTime', required: false, headers: ['归还时间', '归还日期', '交回时间'] },
    remarksField,
  ],
  units: [
    { key: 'fullName', label: '单位全称', kind: 'text', required: true, headers: ['单位全称', '全称', '单位名称', '名称', '单位'] },
    { key: 'shortName', label: '简称', kind: 'text', required: false, headers: ['简称', '单位简称'] },
    {
      key: 'category',
      label: '单位类别',
      kind: 'choice',
      required: true,
      headers: ['单位类别', '单位类型', '类别', '类型'],
      labels: UNIT_CATEGORY_LABELS,
      aliases: { 乡: 'township', 镇: 'township', 街道: 'township', 县直: 'countyDept', 县直单位: 'countyDept', 部门: 'countyDept', 上级: 'higherLevel', 上级单位: 'higherLevel', 州直: 'higherLevel', 省直: 'higherLevel' },
      byDefault: '其他',
    },
    { key: 'initialsOverride', label: '拼音首字母', kind: 'text', required: false, headers: ['拼音首字母', '首字母', '简拼', '拼音'] },
  ],
};

export const fieldOf = (register: ImportRegister, key: string): ImportField | undefined => IMPORT_FIELDS[register].find((f) => f.key === key);

/** The label of an input key, for a problem the register's rules name by key (fromUnitId → 来文单位). */
export const labelOf = (register: ImportRegister, key: string): string => fieldOf(register, key)?.label ?? '';

/** What a blank cell means until the user says otherwise: each field's form default, and the user as 签收人 or 拟稿人 (as the forms start). */
export function suggestedDefaults(register: ImportRegister, userName: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of IMPORT_FIELDS[register]) if (f.byDefault) out[f.key] = f.byDefault;
  if (register === 'incoming') out.signedBy = userName;
  if (register === 'outgoing') out.drafter = userName;
  return out;
}
