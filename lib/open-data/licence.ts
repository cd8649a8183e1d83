/**
 * The terms every dataset on /data is published under. PDL1.0 is the
 * government's standard terms for public data and is compatible with
 * CC BY 4.0: anyone may copy, adapt and redistribute, commercially too, as
 * long as the source is credited.
 */
export const LICENCE = {
  name: "公共データ利用規約（第1.0版）",
  short: "PDL1.0",
  url: "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0",
  compatible: { name: "クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）", url: "https://creativecommons.org/licenses/by/4.0/legalcode.ja" },
} as const;
