/**
 * Look-alike spellings agents use to slip contact and payment channels past keyword checks,
 * each mapped to one canonical word so a rule names the channel once ("加微信" also catches
 * "加v信", "加 薇 信", "+VX"). Pure data: the normaliser applies it to drafts and to rule
 * literals alike, after width/case folding and after spaces and symbols are dropped, so the
 * spellings here are written in that folded form (lowercase, half-width, no spaces).
 *
 * A spelling whose first or last character is a Latin letter or digit matches only where it
 * does not run into more Latin letters or digits ("wx搜" yes, "wxyz" no), unless a space or
 * symbol stood between them in the draft ("vx：tb666" yes).
 */
export interface SpellingVariant {
  readonly canonical: string;
  readonly spellings: readonly string[];
}

/**
 * Applied pass by pass: whole spellings first, then the forms cut short after 加 ("加v",
 * "加薇"), which would otherwise swallow the first half of a whole spelling ("加v信").
 */
export const SPELLING_VARIANT_PASSES: readonly (readonly SpellingVariant[])[] = Object.freeze([
  [
    {
      canonical: '微信',
      spellings: [
        'v信', 'vx', 'wx', 'weixin', 'wechat', 'vchat',
        '薇信', '威信', '徽信', '维信', '危信', '嶶信', '溦信', '徾信', '微芯', '微心', '微x', '微v', '薇v', '威x',
        '绿泡泡', '绿色泡泡', '绿色软件', '绿色app', '绿色聊天软件', '绿色的软件', '小绿泡',
        // Other chat apps take the buyer off the platform just the same (Taiwan's LINE, Hong
        // Kong's WhatsApp, Instagram's messages): one canonical channel word for all of them.
        'line', 'lineid', 'whatsapp', 'telegram', 'instagram', 'ig', 'facebook', 'messenger', '脸书', '飞机号',
      ],
    },
    // 赖 (LINE in Taiwan) alone is an everyday word (依赖, 不赖); only these uses name the app.
    { canonical: '加微信', spellings: ['加赖', '加line'] },
    { canonical: '加个微信', spellings: ['加个赖'] },
    { canonical: '的微信', spellings: ['的赖'] },
    { canonical: '在微信上', spellings: ['在赖上'] },
    // 帐 is the older spelling of 账 (and what traditional 帳 converts to): one spelling for the rules.
    { canonical: '账户', spellings: ['帐户'] },
    { canonical: '账号', spellings: ['帐号'] },
    { canonical: '转账', spellings: ['转帐'] },
    { canonical: '到账', spellings: ['到帐'] },
    { canonical: '报账', spellings: ['报帐'] },
    // Banker's numerals (伍 元) spell amounts the rules read as 五; 陆 and 拾 are everyday words too.
    { canonical: '一', spellings: ['壹'] },
    { canonical: '二', spellings: ['贰', '貳'] },
    { canonical: '三', spellings: ['叁', '參'] },
    { canonical: '四', spellings: ['肆'] },
    { canonical: '五', spellings: ['伍'] },
    { canonical: '七', spellings: ['柒'] },
    { canonical: '八', spellings: ['捌'] },
    { canonical: '九', spellings: ['玖'] },
    { canonical: '百', spellings: ['佰'] },
    { canonical: '千', spellings: ['仟'] },
    { canonical: '小红书', spellings: ['小红薯', '小红数', 'xhs'] },
    { canonical: '发票', spellings: ['fa票', '发piao', 'fapiao', '发漂'] },
    // Pinyin for half a word: 开piao, 好pin, 返xian, h评; xyk is 信用卡's initials.
    { canonical: '票', spellings: ['piao'] },
    { canonical: '好评', spellings: ['好pin', 'h评', 'hao评', 'haoping', '号评'] },
    { canonical: '返现', spellings: ['返xian', 'fan现', 'fanxian'] },
    { canonical: '信用卡', spellings: ['xyk'] },
    // Taiwan's word for a bad review.
    { canonical: '差评', spellings: ['负评'] },
    // More homophones and initials agents use: 卫星 for 微信, 裙 for 群, 花贝 for 花呗, …
    { canonical: '微信号', spellings: ['卫星号'] },
    { canonical: '加微信', spellings: ['加卫星'] },
    { canonical: '群号', spellings: ['裙号'] },
    { canonical: '粉丝群', spellings: ['粉丝裙'] },
    { canonical: '福利群', spellings: ['福利裙'] },
    { canonical: '进群', spellings: ['进裙'] },
    { canonical: '花呗', spellings: ['花贝', '花被', 'huabei'] },
    { canonical: '手续费', spellings: ['sxf'] },
    { canonical: '分期', spellings: ['fq'] },
    { canonical: '专票', spellings: ['专p'] },
    { canonical: '普票', spellings: ['普p'] },
    { canonical: '晒图', spellings: ['晒兔'] },
    { canonical: '微信号', spellings: ['薇号', '威号', '徽号', 'v号'] },
    { canonical: 'qq', spellings: ['扣扣', '抠抠', 'q扣'] },
    { canonical: 'qq号', spellings: ['企鹅号', 'qq号码'] },
    { canonical: 'qq群', spellings: ['企鹅群'] },
    { canonical: '加qq', spellings: ['加企鹅'] },
    { canonical: '加个qq', spellings: ['加个企鹅'] },
    { canonical: '加下qq', spellings: ['加下企鹅', '加一下企鹅'] },
    { canonical: '支付宝', spellings: ['zfb', 'alipay', '吱付宝', '支fu宝', '支付bao', '支负宝', '芝付宝', '支f宝'] },
    { canonical: '钉钉', spellings: ['丁丁', 'dingding', 'dingtalk'] },
    { canonical: '手机号', spellings: ['手机号码', '手j号', 'sj号'] },
    { canonical: '电话', spellings: ['dianhua', '电话号码', '电hua'] },
    { canonical: '银行卡', spellings: ['yhk', '银h卡'] },
    { canonical: '二维码', spellings: ['二v码', 'erweima', '二维玛'] },
    { canonical: '收款码', spellings: ['收钱码', '收款二维码', '收款的码'] },
    { canonical: '返现', spellings: ['返x'] },
    { canonical: '好评', spellings: ['好p'] },
  ],
  [
    // The bare letter is too common to map alone; after 加 it always means the channel.
    { canonical: '加微信', spellings: ['加v', '加薇', '加威', '加徽'] },
    { canonical: '加个微信', spellings: ['加个v', '加个薇'] },
    { canonical: '加下微信', spellings: ['加下v', '加一下v', '加下薇', '加一下薇'] },
    { canonical: '加我微信', spellings: ['加我v', '加我薇'] },
    // "v我50" is slang for "send me 50 on WeChat".
    { canonical: '微信转我', spellings: ['v我'] },
    { canonical: '加qq', spellings: ['加q'] },
    { canonical: 'qq号', spellings: ['q号'] },
    { canonical: 'qq群', spellings: ['q群'] },
  ],
]);
