import type { InputOf } from '../../../shared/api';
import { seededRandom } from '../../../shared/random';

// Realistic incoming documents for --demo and the benchmarks: titles built the
// way county offices write them, 来文字号 per unit, dates across several years.
// Seeded, so a benchmark database is the same every run.

type Registration = Omit<InputOf<'incoming.register'>, 'resubmissionOf'>;

const VERBS = ['做好', '加强', '开展', '推进', '落实', '规范', '进一步做好', '切实抓好', '组织开展', '全面推进'];
const SUBJECTS = [
  '防汛抗旱', '森林防火', '安全生产', '秋冬季农业生产', '农村人居环境整治', '耕地保护', '乡村振兴', '义务教育控辍保学',
  '医疗保障', '城乡居民养老保险', '退役军人服务保障', '旅游市场秩序整治', '文物安全', '古城保护', '道路交通安全',
  '食品安全', '消防安全', '地质灾害防治', '疫苗接种', '民族团结进步创建', '营商环境优化', '项目建设', '财政预算执行',
  '国有资产管理', '审计整改', '信访积案化解', '矛盾纠纷排查', '统计调查', '人口普查', '林长制', '河长制', '粮食安全',
  '生猪稳产保供', '茶叶产业发展', '猕猴桃产业发展', '易地扶贫搬迁后续扶持', '防止返贫监测', '高标准农田建设',
];
/** [文种, 收文类别, title template] */
const ENDINGS: [string, string, string][] = [
  ['request', 'request', '关于{v}{s}工作经费的请示'],
  ['request', 'request', '关于申请{s}专项资金的请示'],
  ['report', 'readOnly', '关于{s}工作情况的报告'],
  ['report', 'readOnly', '关于{y}年{s}工作总结的报告'],
  ['notice', 'toHandle', '关于{v}{s}工作的通知'],
  ['notice', 'toHandle', '关于印发《{s}工作方案》的通知'],
  ['letter', 'toHandle', '关于商请协助{v}{s}工作的函'],
  ['opinion', 'toHandle', '关于{v}{s}的实施意见'],
  ['circular', 'readOnly', '关于{y}年{s}工作检查情况的通报'],
  ['minutes', 'readOnly', '{s}工作推进会议纪要'],
];

/** A unit of the directory and the 发文代字 its documents carry, e.g. 凤财发. */
export interface GeneratorUnit {
  id: string;
  code: string;
}

/** 凤凰县财政局 -> 凤财发; 沱江镇人民政府 -> 沱政发; 湘西…财政局 -> 州财发. */
export function agencyCode(fullName: string): string {
  if (fullName.startsWith('凤凰县')) return `凤${fullName.charAt(3)}发`;
  if (fullName.startsWith('湘西')) return `州${fullName.replace(/^湘西土家族苗族自治州/, '').charAt(0)}发`;
  if (fullName.startsWith('湖南省')) return '湘政办发';
  if (fullName.endsWith('人民政府')) return `${fullName.charAt(0)}政发`;
  return `${fullName.charAt(0)}${fullName.charAt(1)}发`;
}

export interface GeneratorOptions {
  seed?: number;
  /** First and last receipt day, 'YYYY-MM-DD'. */
  from: string;
  to: string;
  /** Share of classified records (秘密/机密); realistic offices: a few percent. */
  classifiedShare?: number;
}

/**
 * count registrations spread over [from, to] in date order, each a plausible
 * document of one of the given units. Lazy, so a million records never sit in
 * memory at once.
 */
export function* generateIncoming(units: GeneratorUnit[], count: number, options: GeneratorOptions): Generator<Registration> {
  const random = seededRandom(options.seed ?? 20261128);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const start = Date.parse(`${options.from}T00:00:00Z`);
  const span = Date.parse(`${options.to}T00:00:00Z`) - start + 86_400_000;
  const serials = new Map<string, number>();
  for (let i = 0; i < count; i += 1) {
    const dayMs = start + Math.floor((i / count) * span / 86_400_000) * 86_400_000;
    const date = new Date(dayMs).toISOString().slice(0, 10);
    const year = Number(date.slice(0, 4));
    const unit = pick(units);
    const [docType, incomingClass, template] = pick(ENDINGS);
    const title = template.replace('{v}', pick(VERBS)).replace('{s}', pick(SUBJECTS)).replace('{y}', String(year));
    const key = `${unit.code}${year}`;
    const serial = (serials.get(key) ?? 0) + 1;
    serials.set(key, serial);
    const classified = random() < (options.classifiedShare ?? 0.03);
    const copies = classified ? 1 + Math.floor(random() * 3) : 1 + Math.floor(random() * 2);
    const written = new Date(dayMs - Math.floor(random() * 12) * 86_400_000).toISOString().slice(0, 10);
    const hour = 8 + Math.floor(random() * 9);
    const minute = Math.floor(random() * 60);
    yield {
      receivedAt: `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`,
      signedBy: pick(['周丽', '杨帆', '吴海燕']),
      fromUnitId: unit.id,
      docNumber: `${unit.code}〔${year}〕${serial}号`,
      title,
      docType: docType as Registration['docType'],
      writtenDate: written,
      submittedDate: null,
      secrecyLevel: classified ? pick(['secret', 'confidential'] as const) : 'none',
      secrecyPeriodMonths: classified ? 120 : null,
      copyNumbers: classified ? Array.from({ length: copies }, (_, k) => k + 1) : [],
      urgency: random() < 0.08 ? 'urgent' : random() < 0.02 ? 'veryUrgent' : 'normal',
      copies,
      pages: 1 + Math.floor(random() * 12),
      incomingClass: incomingClass as Registration['incomingClass'],
      addressee: random() < 0.7 ? 'county' : 'office',
      remarks: '',
    };
  }
}

/** Takes up to n items from an iterator: a batch of a lazy sequence. */
export function take<T>(items: Iterator<T>, n: number): T[] {
  const batch: T[] = [];
  for (let next = items.next(); !next.done; next = items.next()) {
    batch.push(next.value);
    if (batch.length === n) break;
  }
  return batch;
}
