/**
 * The true details of each corpus report (place, years reviewed and planned), read off data/reports/SOURCES.md
 * and the reports themselves: the yardstick for the details guesses and the "true details" suggestion figures.
 */
export interface TrueDetails { region: string; yearsReviewed: number[]; yearsPlanned: number[] }

const province = (region: string): TrueDetails => ({ region, yearsReviewed: [2025], yearsPlanned: [2026] });

export const TRUE_DETAILS: Readonly<Record<string, TrueDetails>> = {
  'yangquan-jiaoqu-2023.txt': { region: '阳泉市郊区', yearsReviewed: [2022], yearsPlanned: [2023] },
  'yangquan-city-2024.txt': { region: '阳泉市', yearsReviewed: [2023], yearsPlanned: [2024] },
  'taiyuan-xinghualing-2023.txt': { region: '杏花岭区', yearsReviewed: [2022], yearsPlanned: [2023] },
  'hailaer-2015.txt': { region: '海拉尔区', yearsReviewed: [2014], yearsPlanned: [2015] },
  'hailaer-2017.txt': { region: '海拉尔区', yearsReviewed: [2016], yearsPlanned: [2017] },
  'shunping-2024.txt': { region: '顺平县', yearsReviewed: [2023], yearsPlanned: [2024] },
  'shanxi-2026.txt': province('山西省'),
  'guangdong-2026.txt': province('广东省'),
  'sichuan-2026.txt': province('四川省'),
  'gansu-2026.txt': province('甘肃省'),
  'shanghai-2026.txt': province('上海市'),
  'fujian-2025.txt': { region: '福建省', yearsReviewed: [2024], yearsPlanned: [2025] },
};
