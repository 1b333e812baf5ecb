/**
 * The headline indicators of the default codebook: the figures nearly every work report states. Codebook files
 * older than version 2 had no headline flag and this fixed list instead; they are read with it.
 */
export const DEFAULT_HEADLINES: readonly string[] = [
  '地区生产总值', '一般公共预算收入', '固定资产投资', '社会消费品零售总额', '规模以上工业增加值',
  '城镇居民人均可支配收入', '农村居民人均可支配收入',
];
