import { describe, expect, it } from 'vitest';
import { findingReasons } from '../../../../renderer/i18n/reasons/findingReasons.ts';
import { reasonText } from '../../../../renderer/i18n/reasons/reasonText.ts';
import { FINDING_REASON_CODES } from '../../../../shared/detectors/reasonCodes.ts';
import { detectDefects } from '../../../../shared/detectors/index.ts';

/** A page with one of most kinds of damage, composed for this test. */
const DAMAGED_PAGE = [
  '下载', '打印', '【字号：', '加大', '减小', '】',
  '2025年某县人民政府工作报告',
  '——2025年1月10日在某县第十八届',
  '人民代表大会第四次会议上',
  '来源：某县融媒体中心',
  '县长在县十八届人大四次会议上作政府工作报告。本报记者李明摄',
  '各位代表：',
  '#### 一、2024年工作回顾',
  '全县地区生产总值增长 5.8%，细颗粒物（PM_{2.5}）平均浓度下降 6\\%。空气质量持续改善，PM',
  '2.5',
  '年平均浓度降至每立方米30微克，全面完成“退二进三”工作。推进“1+N”政策落地，',
  '实施老旧小区改造 40 个，新增城镇就业 5000 人。围绕“退二进三” 工作全面推进城市更新。',
  '全县地区生产总值增长 5.8%，细颗粒物（PM_{2.5}）平均浓度下降 6\\%。空气质量持续改善，PM',
  '2025年某县人民政府工作报告',
  '相关报道：',
].join('\n');

describe('finding reason table', () => {
  it('has the same codes in both languages, exactly the codes the detectors can give', () => {
    const enCodes = Object.keys(findingReasons.en).sort();
    expect(Object.keys(findingReasons['zh-CN']).sort()).toEqual(enCodes);
    expect(enCodes).toEqual([...FINDING_REASON_CODES].sort());
  });

  it('translates every reason the detectors give on a damaged page, with all its parameters filled in', () => {
    const findings = detectDefects(DAMAGED_PAGE);
    const types = new Set(findings.map((f) => f.type));
    expect([...types].sort()).toEqual(['boilerplate', 'broken_line', 'caption', 'duplicate', 'markup', 'typo']);
    for (const f of findings) {
      expect(FINDING_REASON_CODES).toContain(f.reasonCode.code);
      for (const language of ['en', 'zh-CN'] as const) {
        const text = reasonText([findingReasons], language, f.reasonCode);
        expect(text, `${f.reasonCode.code} in ${language}`).not.toMatch(/\{\w+\}/);
        expect(text).not.toBe(f.reasonCode.code);
      }
    }
  });
});
