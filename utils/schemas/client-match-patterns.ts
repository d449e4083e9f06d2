/**
 * The seller chat clients the content script runs on (docs/design-notes.md, "Where it runs"). These are
 * the extension's only host access; custom sites are optional permissions granted at runtime.
 */
export const CLIENT_MATCH_PATTERNS = [
  'https://mms.pinduoduo.com/chat-merchant/*', // 拼多多 商家客服
  'https://im.jinritemai.com/*', // 抖店 飞鸽 (workspace)
  'https://pigeon.jinritemai.com/*', // 抖店 飞鸽 (older host)
  'https://im.kwaixiaodian.com/*', // 快手小店 客服工作台
  'https://dongdong.jd.com/*', // 京东 咚咚
  'https://shop.jd.com/jdm/kefu/*', // 京东 商家后台接待
  'https://qn.taobao.com/*', // 千牛 web
  'https://myseller.taobao.com/*', // 千牛 web (卖家中心)
] as const;
