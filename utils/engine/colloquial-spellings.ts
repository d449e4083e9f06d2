/**
 * How buyers actually type, mapped to the words phrase packs are written in. Pure data: the
 * normaliser applies it to buyer messages and to pack triggers alike, so both meet halfway.
 *
 * - `token`: a Latin/digit abbreviation. It is replaced only when it stands as a whole
 *   Latin/digit run ("kd到哪了" yes, "kdz" no). `alone` tightens that to "not touching any
 *   other letter or digit, Chinese included", for codes that are also ordinary numbers or
 *   words inside a sentence ("好的 88" is goodbye, "88块" is a price).
 * - `text`: a Chinese typo or variant, replaced wherever it occurs.
 */
export interface ColloquialSpelling {
  readonly kind: 'token' | 'text';
  readonly from: string;
  readonly to: string;
  readonly alone?: boolean;
}

const token = (from: string, to: string): ColloquialSpelling => ({ kind: 'token', from, to });
const alone = (from: string, to: string): ColloquialSpelling => ({ kind: 'token', from, to, alone: true });
const text = (from: string, to: string): ColloquialSpelling => ({ kind: 'text', from, to });

export const COLLOQUIAL_SPELLINGS: readonly ColloquialSpelling[] = Object.freeze([
  // pinyin initials buyers type instead of the word
  token('kd', '快递'),
  token('kdy', '快递员'),
  token('fp', '发票'),
  token('kp', '开票'),
  token('fh', '发货'),
  token('yf', '运费'),
  token('wl', '物流'),
  token('ddh', '订单号'),
  token('tk', '退款'),
  token('th', '退货'),
  token('yhq', '优惠券'),
  token('yh', '优惠'),
  token('by', '包邮'),
  token('yfx', '运费险'),
  token('zp', '正品'),
  token('kf', '客服'),
  token('kefu', '客服'),
  token('zfb', '支付宝'),
  token('wx', '微信'),
  token('vx', '微信'),
  // platforms and couriers
  token('pdd', '拼多多'),
  token('jd', '京东'),
  token('tb', '淘宝'),
  token('tm', '天猫'),
  token('dy', '抖音'),
  token('sf', '顺丰'),
  token('zt', '中通'),
  token('yt', '圆通'),
  token('yd', '韵达'),
  token('jt', '极兔'),
  token('yz', '邮政'),
  // thanks, greetings, goodbyes, approval
  token('3q', '谢谢'),
  token('3x', '谢谢'),
  token('3ks', '谢谢'),
  token('thx', '谢谢'),
  token('tks', '谢谢'),
  token('thanks', '谢谢'),
  token('thank', '谢谢'),
  token('hi', '你好'),
  token('hello', '你好'),
  token('hallo', '你好'),
  token('halo', '你好'),
  token('hey', '你好'),
  token('nihao', '你好'),
  token('bye', '再见'),
  token('byebye', '再见'),
  alone('bb', '拜拜'),
  alone('88', '拜拜'),
  alone('886', '拜拜'),
  alone('666', '厉害'),
  token('nb', '厉害'),
  token('ok', '好的'),
  // approval sent as an emoji alone: without it the turn reads as nothing at all
  token('👌', '好的'),
  token('👍', '好的'),
  token('🆗', '好的'),
  token('okk', '好的'),
  token('okay', '好的'),
  token('plz', '请'),
  token('pls', '请'),
  token('please', '请'),
  token('sorry', '不好意思'),
  token('asap', '尽快'),
  // typos and sound-alikes from Chinese input methods
  text('包油', '包邮'),
  text('包由', '包邮'),
  text('法货', '发货'),
  text('发或', '发货'),
  text('发漂', '发票'),
  text('发飘', '发票'),
  text('发嫖', '发票'),
  text('优慧', '优惠'),
  text('优惠卷', '优惠券'),
  text('领卷', '领券'),
  text('块递', '快递'),
  text('快第', '快递'),
  text('物留', '物流'),
  text('退宽', '退款'),
  text('收获地址', '收货地址'),
  text('顺风快递', '顺丰快递'),
  text('发顺风', '发顺丰'),
  text('在马', '在吗'),
  text('再吗', '在吗'),
  text('在么', '在吗'),
  text('在嘛', '在吗'),
  text('有么', '有吗'),
  text('有嘛', '有吗'),
  text('了么', '了吗'),
  text('是么', '是吗'),
  text('行么', '行吗'),
  text('能么', '能吗'),
  text('可以么', '可以吗'),
  text('可以嘛', '可以吗'),
  // dialect and internet spellings of common words
  text('为啥', '为什么'),
  text('啥', '什么'),
  text('神马', '什么'),
  text('咋', '怎么'),
  text('肿么', '怎么'),
  text('怎莫', '怎么'),
  text('木有', '没有'),
  text('米有', '没有'),
  text('么有', '没有'),
  text('酱紫', '这样子'),
  text('灰常', '非常'),
]);
