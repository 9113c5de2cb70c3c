import type { InputOf } from '../../../shared/api';
import { addDays, toDayNumber, fromDayNumber } from '../../../shared/dates';
import type { DocType } from '../../../shared/incoming/vocabulary';
import type { OutgoingState } from '../../../shared/outgoing/states';
import { SIGNERS } from '../../../shared/outgoing/signers';
import type { Issuer, Matter, MeetingType } from '../../../shared/outgoing/vocabulary';
import { seededRandom } from '../../../shared/random';

// Realistic outgoing documents (发文) of a county government and its office for
// --demo and the benchmarks: titles as such offices write them, the 代字 that
// goes with each kind of document, the life of each document (核稿, 签发,
// 印制, 分发, 归档) dated after its draft. Seeded and lazy, as generateIncoming.

export type OutgoingDraft = Omit<InputOf<'outgoing.draft'>, 'codeId' | 'draftUnitId'> & { codeId: string; draftUnitId: string };

/** One generated document: the draft as entered, and how far it has come by the end of the range. */
export interface OutgoingSample {
  /** The 代字 it is numbered with (凤政办发 …), also the key of its counter. */
  code: string;
  draft: OutgoingDraft;
  state: OutgoingState;
  reviewer: string;
  reviewDate: string;
  /** 职务 of the person who signs (签发), one art. 17 allows for this document. */
  signerTitle: string;
  /** The 签发 date: 成文日期, and the year of its 发文字号; set from 'signed' on. */
  writtenDate: string | null;
  /** Normative documents: the 合法性审查 before numbering. */
  legalReviewDate: string | null;
  copies: number | null;
  copyFrom: number | null;
  copyTo: number | null;
  printedDate: string | null;
  distributedDate: string | null;
  recipients: string[];
  archivedDate: string | null;
}

/** A configured 代字 and its id: the office's defaults end in 政发, 政办发, 政函, 政办函, 政纪. */
export interface GeneratorCode {
  id: string;
  code: string;
}

export interface OutgoingGeneratorOptions {
  seed?: number;
  /** First and last 拟稿日期, 'YYYY-MM-DD'. Documents near `to` are still on their way; older ones archived. */
  from: string;
  to: string;
  /** Share of classified documents (秘密/机密). */
  classifiedShare?: number;
}

const VERBS = ['做好', '加强', '推进', '落实', '规范', '进一步加强', '切实做好', '全面推进', '深入开展', '扎实推进'];
const SUBJECTS = [
  '防汛抗旱', '森林防火', '安全生产', '冬春农田水利建设', '农村人居环境整治', '耕地保护', '乡村振兴', '义务教育控辍保学',
  '城乡居民医疗保险', '城乡居民养老保险', '退役军人服务保障', '旅游市场秩序', '文物安全', '凤凰古城保护', '道路交通安全',
  '食品安全', '消防安全', '地质灾害防治', '民族团结进步创建', '营商环境优化', '重点项目建设', '财政预算执行', '国有资产管理',
  '审计整改', '信访工作', '矛盾纠纷排查化解', '第五次全国经济普查', '林长制', '河长制', '粮食安全', '生猪稳产保供',
  '茶叶产业发展', '猕猴桃产业发展', '易地扶贫搬迁后续扶持', '防止返贫动态监测', '高标准农田建设', '政务公开', '12345热线',
];
const PLACES = ['沱江镇', '阿拉营镇', '廖家桥镇', '吉信镇', '山江镇', '禾库镇', '腊尔山镇', '茶田镇', '新场镇', '千工坪镇', '县交通运输局', '县水利局'];
const DRAFTERS = ['周丽', '杨帆', '陈晓燕', '麻小兰', '龙文杰', '吴海燕', '田晓军', '石磊'];
const REVIEWERS = ['陈晓燕', '杨帆'];
const WIDE = '各乡镇人民政府，县直各单位';
const UP = '湘西土家族苗族自治州人民政府';
const CC = '县委办，县人大常委会办，县政协办';

/** [文种, 代字 suffix, issuer, title template ({v} verb, {s} subject, {p} place, {y} year), 主送] */
const KINDS: [DocType, string, Issuer, string, string][] = [
  ['notice', '政发', 'county', '关于印发《凤凰县{s}实施方案》的通知', WIDE],
  ['notice', '政办发', 'office', '关于印发《凤凰县{s}工作方案》的通知', WIDE],
  ['notice', '政办发', 'office', '关于{v}{s}工作的通知', WIDE],
  ['notice', '政发', 'county', '关于{v}{y}年{s}工作的通知', WIDE],
  ['opinion', '政发', 'county', '关于{v}{s}的意见', WIDE],
  ['opinion', '政办发', 'office', '关于{v}{s}工作的实施意见', WIDE],
  ['reply', '政函', 'county', '关于同意{p}{s}项目立项的批复', '{p}'],
  ['reply', '政办函', 'office', '关于{p}{s}有关事项的批复', '{p}'],
  ['letter', '政函', 'county', '关于商请支持凤凰县{s}工作的函', UP],
  ['letter', '政办函', 'office', '关于{s}有关问题的复函', '{p}'],
  ['request', '政发', 'county', '关于申请{s}专项资金的请示', UP],
  ['report', '政发', 'county', '关于{y}年{s}工作情况的报告', UP],
  ['circular', '政办发', 'office', '关于{y}年{s}工作督查情况的通报', WIDE],
  ['decision', '政发', 'county', '关于表彰{y}年度{s}工作先进单位和先进个人的决定', WIDE],
];
/** 会议纪要, under 政纪: [meeting type, title template ({n} the meeting's number in the year)]. */
const MEETINGS: [MeetingType, string][] = [
  ['standing', '{y}年第{n}次县人民政府常务会议纪要'],
  ['standing', '{y}年第{n}次县人民政府常务会议纪要'],
  ['mayor', '县长办公会议纪要（{y}年第{n}期）'],
  ['topical', '关于{s}工作的专题会议纪要'],
  ['plenary', '{y}年县人民政府全体会议纪要'],
];
const MINUTES_SHARE = 0.08;

/** The state a document has reached `age` days after its draft (before the range's end). */
function stateAt(age: number, r: number): OutgoingState {
  if (age < 4) return r < 0.55 ? 'draft' : r < 0.8 ? 'signed' : 'numbered';
  if (age < 12) return r < 0.1 ? 'signed' : r < 0.35 ? 'numbered' : r < 0.7 ? 'printed' : 'distributed';
  if (age < 45) return r < 0.6 ? 'distributed' : 'archived';
  return r < 0.02 ? 'distributed' : 'archived';
}

const ORDER: OutgoingState[] = ['draft', 'signed', 'numbered', 'printed', 'distributed', 'archived'];
const reached = (state: OutgoingState, step: OutgoingState) => ORDER.indexOf(state) >= ORDER.indexOf(step);

/**
 * count documents with 拟稿日期 spread over [from, to] in date order. The codes
 * must include the office's five defaults (matched by their ending). Lazy, so a
 * million documents never sit in memory at once.
 */
export function* generateOutgoing(codes: GeneratorCode[], unitIds: string[], count: number, options: OutgoingGeneratorOptions): Generator<OutgoingSample> {
  const random = seededRandom(options.seed ?? 20261201);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const codeOf = (suffix: string) => {
    const c = codes.find((k) => k.code.endsWith(suffix) && k.code.length === suffix.length + 1);
    if (!c) throw new Error(`generateOutgoing: no 代字 ending in ${suffix}`);
    return c;
  };
  const first = toDayNumber(options.from);
  const last = toDayNumber(options.to);
  const clamp = (d: string) => (d > options.to ? options.to : d);
  const meetingsOfYear = new Map<string, number>();
  for (let i = 0; i < count; i += 1) {
    const draftDate = fromDayNumber(first + Math.floor((i / count) * (last - first + 1)));
    const year = draftDate.slice(0, 4);
    const place = pick(PLACES);
    const subject = pick(SUBJECTS);
    let docType: DocType;
    let suffix: string;
    let issuer: Issuer;
    let title: string;
    let mainTo: string;
    let meetingType: MeetingType | null = null;
    let meetingAt: string | null = null;
    if (random() < MINUTES_SHARE) {
      const [type, template] = pick(MEETINGS);
      const key = `${year}${type}`;
      const n = (meetingsOfYear.get(key) ?? 0) + 1;
      meetingsOfYear.set(key, n);
      [docType, suffix, issuer, meetingType] = ['minutes', '政纪', 'county', type];
      title = template.replace('{y}', year).replace('{n}', String(n)).replace('{s}', subject);
      mainTo = '县人民政府领导，县直有关单位，各乡镇人民政府';
      // The meeting is the day of the draft or the day before, in working hours.
      const day = addDays(draftDate, -Math.floor(random() * 2));
      meetingAt = `${day}T${pick(['09:00', '09:30', '14:30', '15:00'])}`;
    } else {
      let template: string;
      [docType, suffix, issuer, template, mainTo] = pick(KINDS);
      title = template.replace('{v}', pick(VERBS)).replace('{s}', subject).replace('{p}', place).replace('{y}', year);
      mainTo = mainTo.replace('{p}', place);
    }
    const code = codeOf(suffix);
    const classified = random() < (options.classifiedShare ?? 0.03);
    const matter: Matter = random() < 0.15 ? 'important' : 'general';
    const normative = docType === 'notice' && title.includes('实施方案') && random() < 0.3;
    const withheld = !classified && random() < 0.08;
    const onRequest = !classified && !withheld && random() < 0.12;
    const age = last - toDayNumber(draftDate);
    const state = stateAt(age, random());
    const reviewDate = clamp(addDays(draftDate, Math.floor(random() * 2)));
    const signed = reached(state, 'signed');
    const writtenDate = signed ? clamp(addDays(reviewDate, Math.floor(random() * 4))) : null;
    const printed = reached(state, 'printed');
    const printedDate = printed && writtenDate ? clamp(addDays(writtenDate, Math.floor(random() * 3))) : null;
    const copies = printed ? (classified ? 10 + Math.floor(random() * 30) : 20 + Math.floor(random() * 180)) : null;
    const distributedDate = reached(state, 'distributed') && printedDate ? clamp(addDays(printedDate, Math.floor(random() * 2))) : null;
    yield {
      code: code.code,
      draft: {
        codeId: code.id,
        docType,
        title,
        draftUnitId: pick(unitIds),
        drafter: pick(DRAFTERS),
        draftDate,
        mainTo,
        ccTo: docType === 'minutes' || docType === 'reply' ? '' : CC,
        secrecyLevel: classified ? pick(['secret', 'confidential'] as const) : 'none',
        secrecyPeriodMonths: classified ? 120 : null,
        urgency: random() < 0.08 ? 'urgent' : random() < 0.02 ? 'veryUrgent' : 'normal',
        publicity: classified || withheld ? 'withheld' : onRequest ? 'onRequest' : 'active',
        publicityReason: classified ? '涉及国家秘密' : withheld ? '内部管理信息' : onRequest ? '涉及特定对象的具体事项' : '',
        normative,
        wordCount: normative ? 2000 + Math.floor(random() * 4500) : null,
        issuer,
        matter,
        meetingType,
        meetingAt,
      },
      state,
      reviewer: pick(REVIEWERS),
      reviewDate,
      signerTitle: pick(SIGNERS[issuer][matter]),
      writtenDate,
      legalReviewDate: normative && writtenDate ? writtenDate : null,
      copies,
      copyFrom: copies && classified ? 1 : null,
      copyTo: copies && classified ? copies : null,
      printedDate,
      distributedDate,
      recipients: distributedDate ? ['各乡镇人民政府', '县直各单位'] : [],
      archivedDate: state === 'archived' && distributedDate ? clamp(addDays(distributedDate, 30 + Math.floor(random() * 60))) : null,
    };
  }
}
