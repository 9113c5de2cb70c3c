import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import {
  ADDRESSEE_LABELS,
  ADDRESSEES,
  DOC_TYPE_LABELS,
  DOC_TYPE_OPTIONS,
  DOC_TYPES,
  formatSecrecyPeriod,
  INCOMING_CLASS_LABELS,
  INCOMING_CLASSES,
  isClassified,
  isUrgent,
  RETURN_REASON_FORMAT,
  RETURN_REASON_LABELS,
  RETURN_REASON_LATE_SUBMISSION,
  RETURN_REASON_OPTIONS,
  RETURN_REASONS,
  SECRECY_LEVEL_LABELS,
  SECRECY_LEVELS,
  SECRECY_PERIODS,
  URGENCY,
  URGENCY_LABELS,
  URGENCY_OPTIONS,
  URGENCY_TELEGRAM_ONLY,
} from '../../../../shared/incoming/vocabulary';

function labelsInOrder<C extends string | number>(codes: readonly C[], labels: Record<C, string>): string[] {
  return codes.map((c) => labels[c]);
}

describe('every list', () => {
  it('has unique codes and exactly one label per code', () => {
    const lists: [readonly (string | number)[], Record<string | number, string>][] = [
      [DOC_TYPES, DOC_TYPE_LABELS],
      [SECRECY_LEVELS, SECRECY_LEVEL_LABELS],
      [URGENCY, URGENCY_LABELS],
      [INCOMING_CLASSES, INCOMING_CLASS_LABELS],
      [ADDRESSEES, ADDRESSEE_LABELS],
      [RETURN_REASONS, RETURN_REASON_LABELS],
    ];
    for (const [codes, labels] of lists) {
      expect(new Set(codes).size).toBe(codes.length);
      expect(Object.keys(labels).sort()).toEqual(codes.map(String).sort());
      const shown = codes.map((c) => labels[c]);
      expect(new Set(shown).size, shown.join(' ')).toBe(shown.length);
    }
  });

  it('works with zod', () => {
    const docType = z.enum(DOC_TYPES);
    expect(docType.safeParse('notice_public').success).toBe(true);
    expect(docType.safeParse('通告').success).toBe(false);
    expect(z.enum(SECRECY_LEVELS).safeParse('topSecret').success).toBe(true);
    const reason = z.literal(RETURN_REASONS);
    expect(reason.safeParse(12).success).toBe(true);
    expect(reason.safeParse(13).success).toBe(false);
    expect(reason.safeParse(0).success).toBe(false);
    expect(reason.safeParse('1').success).toBe(false);
  });
});

describe('文种 DOC_TYPES', () => {
  it('lists the 15 types of the 2012 regulation in its order, then 其他', () => {
    expect(labelsInOrder(DOC_TYPES, DOC_TYPE_LABELS).join(' ')).toBe(
      '决议 决定 命令（令） 公报 公告 通告 意见 通知 通报 报告 请示 批复 议案 函 纪要 其他',
    );
    expect(DOC_TYPES).toEqual([
      'resolution', 'decision', 'order', 'communique', 'announcement', 'notice_public', 'opinion', 'notice',
      'circular', 'report', 'request', 'reply', 'motion', 'letter', 'minutes', 'other',
    ]);
  });

  it('offers { code, label } pairs for selects', () => {
    expect(DOC_TYPE_OPTIONS[2]).toEqual({ code: 'order', label: '命令（令）' });
    expect(DOC_TYPE_OPTIONS).toHaveLength(16);
  });
});

describe('密级 SECRECY_LEVELS', () => {
  it('has the four levels', () => {
    expect(labelsInOrder(SECRECY_LEVELS, SECRECY_LEVEL_LABELS)).toEqual(['非密', '秘密', '机密', '绝密']);
    expect(SECRECY_LEVELS.filter(isClassified)).toEqual(['secret', 'confidential', 'topSecret']);
  });

  it('defaults and caps 保密期限 at 10, 20 and 30 years, in months', () => {
    expect(SECRECY_PERIODS).toEqual({
      secret: { defaultMonths: 120, maxMonths: 120 },
      confidential: { defaultMonths: 240, maxMonths: 240 },
      topSecret: { defaultMonths: 360, maxMonths: 360 },
    });
  });
});

describe('formatSecrecyPeriod', () => {
  it.each([
    [120, '10年'],
    [240, '20年'],
    [360, '30年'],
    [12, '1年'],
    [6, '6个月'],
    [1, '1个月'],
    [11, '11个月'],
    [18, '1年6个月'],
    [13, '1年1个月'],
    [119, '9年11个月'],
  ])('%i months -> %s', (months, text) => {
    expect(formatSecrecyPeriod(months)).toBe(text);
  });

  it.each([0, -6, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s', (months) => {
    expect(() => formatSecrecyPeriod(months)).toThrow(RangeError);
  });
});

describe('紧急程度 URGENCY', () => {
  it('has the document marks and the two telegram-only marks', () => {
    expect(labelsInOrder(URGENCY, URGENCY_LABELS)).toEqual(['平件', '加急', '特急', '平急', '特提']);
    expect(URGENCY.filter((u) => URGENCY_TELEGRAM_ONLY[u]).map((u) => URGENCY_LABELS[u])).toEqual(['平急', '特提']);
    expect(URGENCY_OPTIONS[0]).toEqual({ code: 'normal', label: '平件' });
  });

  it('treats every mark but 平件 as urgent', () => {
    expect(URGENCY.filter(isUrgent)).toEqual(['urgent', 'veryUrgent', 'telegramRoutine', 'telegramFlash']);
  });
});

describe('收文类别 and 主送', () => {
  it('has the three classes of art. 14 and the two addressees', () => {
    expect(labelsInOrder(INCOMING_CLASSES, INCOMING_CLASS_LABELS)).toEqual(['阅知类', '批办类', '请示类']);
    expect(INCOMING_CLASSES).toEqual(['readOnly', 'toHandle', 'request']);
    expect(labelsInOrder(ADDRESSEES, ADDRESSEE_LABELS)).toEqual(['县政府', '县政府办']);
    expect(ADDRESSEES).toEqual(['county', 'office']);
  });
});

describe('退文 RETURN_REASONS', () => {
  it('are the 12 problems of the annex 退文处理单, verbatim and in order', () => {
    expect(RETURN_REASONS).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(labelsInOrder(RETURN_REASONS, RETURN_REASON_LABELS)).toEqual([
      '属部门职能或几个部门共同协调能解决的事项',
      '行文理由不充分',
      '代拟稿照抄照搬、内容雷同没有实质内容',
      '文稿质量差',
      '公文格式严重错误',
      '越级行文',
      '未经单位主要负责人签发',
      '未征求相关部门意见或意见未协调一致且未说明',
      '报告工作夹带请示事项',
      '一文多请',
      '报送日期超过成文日期15个工作日以上',
      '附件资料不全',
    ]);
  });

  it('names the two computable reasons', () => {
    expect(RETURN_REASON_LABELS[RETURN_REASON_FORMAT]).toBe('公文格式严重错误');
    expect(RETURN_REASON_LABELS[RETURN_REASON_LATE_SUBMISSION]).toBe('报送日期超过成文日期15个工作日以上');
    expect(RETURN_REASON_OPTIONS[10]).toEqual({ code: 11, label: '报送日期超过成文日期15个工作日以上' });
  });
});
