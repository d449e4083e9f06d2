import { z } from 'zod/mini';
import { categoryIdSchema } from './category';
import { unknownKeysError } from './strict';

/**
 * Topics: the second level under a category (售后 › 退款进度与到账). A topic id is its category id,
 * a dot and a name: `after-sales.refund-progress`. Phrases without a topic stand in their
 * category's general topic. The built-in topics below are known everywhere; a pack may declare
 * more under any category.
 */
export const topicIdSchema = z.string().check(
  z.regex(/^[a-z0-9][a-z0-9-]{0,39}\.[a-z0-9][a-z0-9-]{0,39}$/, {
    error: '子类 id 是分类 id、一个点和子类名，例如 "after-sales.refund-progress" / topic id: category id, a dot and a name, e.g. "after-sales.refund-progress"',
  }),
);

export const topicSchema = z
  .strictObject(
    {
      id: topicIdSchema,
      category: categoryIdSchema,
      labels: z.strictObject(
        {
          'zh-CN': z.string().check(z.trim(), z.minLength(1, { error: '子类需要中文名称，例如 "退款进度" / a Chinese label is required, e.g. "退款进度"' }), z.maxLength(40)),
          en: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(60))),
        },
        { error: unknownKeysError },
      ),
    },
    { error: unknownKeysError },
  )
  .check(
    z.refine((topic) => topic.id.startsWith(`${topic.category}.`), {
      error: '子类 id 要以它的分类 id 开头，例如分类 "shipping" 的子类 "shipping.tracking" / a topic id starts with its category id',
      path: ['id'],
    }),
  );
export type Topic = z.infer<typeof topicSchema>;

/** A topic as the library keeps it: read leniently, so a record from a newer build still loads. */
export const storedTopicSchema = z.object({
  id: topicIdSchema,
  category: categoryIdSchema,
  labels: z.object({ 'zh-CN': z.string().check(z.minLength(1), z.maxLength(40)), en: z.optional(z.string().check(z.minLength(1), z.maxLength(60))) }),
});

export const BUILT_IN_TOPICS: readonly Topic[] = Object.freeze([
  { id: 'greeting.open', category: 'greeting', labels: { 'zh-CN': '接待问候', en: 'Welcome' } },
  { id: 'greeting.human', category: 'greeting', labels: { 'zh-CN': '找人工', en: 'Asks for a person' } },
  { id: 'product.stock', category: 'product', labels: { 'zh-CN': '库存现货', en: 'Stock' } },
  { id: 'product.size-fit', category: 'product', labels: { 'zh-CN': '尺码选择', en: 'Size and fit' } },
  { id: 'product.material', category: 'product', labels: { 'zh-CN': '材质成分', en: 'Material' } },
  { id: 'product.usage', category: 'product', labels: { 'zh-CN': '使用方法', en: 'How to use' } },
  { id: 'product.care', category: 'product', labels: { 'zh-CN': '清洗保养', en: 'Care and cleaning' } },
  { id: 'product.compatibility', category: 'product', labels: { 'zh-CN': '适配兼容', en: 'Compatibility' } },
  { id: 'product.in-the-box', category: 'product', labels: { 'zh-CN': '包装清单与配件', en: 'In the box and accessories' } },
  { id: 'product.fault', category: 'product', labels: { 'zh-CN': '故障与报错', en: 'Faults and error codes' } },
  { id: 'product.authenticity', category: 'product', labels: { 'zh-CN': '正品保障', en: 'Authenticity' } },
  { id: 'product.variant-difference', category: 'product', labels: { 'zh-CN': '款式区别', en: 'Differences between variants' } },
  { id: 'product.shelf-life', category: 'product', labels: { 'zh-CN': '保质期与储存', en: 'Shelf life and storage' } },
  { id: 'product.safety', category: 'product', labels: { 'zh-CN': '适用人群与安全', en: 'Who can use it, safety' } },
  { id: 'bargaining.discount', category: 'bargaining', labels: { 'zh-CN': '求优惠', en: 'Asks for a discount' } },
  { id: 'bargaining.coupon', category: 'bargaining', labels: { 'zh-CN': '优惠券与满减', en: 'Coupons and thresholds' } },
  { id: 'bargaining.free-shipping', category: 'bargaining', labels: { 'zh-CN': '包邮', en: 'Free shipping' } },
  { id: 'bargaining.gift', category: 'bargaining', labels: { 'zh-CN': '赠品', en: 'Gifts' } },
  { id: 'bargaining.price-match', category: 'bargaining', labels: { 'zh-CN': '比价与活动价', en: 'Price match and promotions' } },
  { id: 'urging-payment.hesitation', category: 'urging-payment', labels: { 'zh-CN': '犹豫未付', en: 'Hesitating' } },
  { id: 'urging-payment.payment-method', category: 'urging-payment', labels: { 'zh-CN': '付款方式', en: 'Payment methods' } },
  { id: 'urging-payment.payment-failed', category: 'urging-payment', labels: { 'zh-CN': '付款失败', en: 'Payment failed' } },
  { id: 'shipping.dispatch-time', category: 'shipping', labels: { 'zh-CN': '发货时间', en: 'When it ships' } },
  { id: 'shipping.delivery-days', category: 'shipping', labels: { 'zh-CN': '几天到货', en: 'Delivery days' } },
  { id: 'shipping.delivery-arrangement', category: 'shipping', labels: { 'zh-CN': '指定送货时间与楼层', en: 'Delivery day, time and floor' } },
  { id: 'shipping.courier', category: 'shipping', labels: { 'zh-CN': '快递选择', en: 'Courier' } },
  { id: 'shipping.tracking', category: 'shipping', labels: { 'zh-CN': '查物流', en: 'Tracking' } },
  { id: 'shipping.overdue', category: 'shipping', labels: { 'zh-CN': '超时未到与物流停滞', en: 'Overdue or stuck parcel' } },
  { id: 'shipping.address-change', category: 'shipping', labels: { 'zh-CN': '改地址改电话', en: 'Changing address or phone' } },
  { id: 'shipping.delivered-not-received', category: 'shipping', labels: { 'zh-CN': '显示签收未收到', en: 'Shown delivered, not received' } },
  { id: 'after-sales.return-exchange', category: 'after-sales', labels: { 'zh-CN': '退换货', en: 'Returns and exchanges' } },
  { id: 'after-sales.refund-progress', category: 'after-sales', labels: { 'zh-CN': '退款进度与到账', en: 'Refund progress and timing' } },
  { id: 'after-sales.postage', category: 'after-sales', labels: { 'zh-CN': '退货运费', en: 'Return postage' } },
  { id: 'after-sales.price-protection', category: 'after-sales', labels: { 'zh-CN': '价保补差价', en: 'Price protection' } },
  { id: 'after-sales.damaged', category: 'after-sales', labels: { 'zh-CN': '破损', en: 'Damaged' } },
  { id: 'after-sales.wrong-missing', category: 'after-sales', labels: { 'zh-CN': '错发漏发', en: 'Wrong or missing items' } },
  { id: 'after-sales.quality', category: 'after-sales', labels: { 'zh-CN': '质量问题', en: 'Quality complaints' } },
  { id: 'after-sales.malfunction', category: 'after-sales', labels: { 'zh-CN': '使用故障与售后维修', en: 'Faults and repairs' } },
  { id: 'after-sales.warranty', category: 'after-sales', labels: { 'zh-CN': '保修', en: 'Warranty' } },
  { id: 'after-sales.installation', category: 'after-sales', labels: { 'zh-CN': '安装', en: 'Installation' } },
  { id: 'after-sales.cancel', category: 'after-sales', labels: { 'zh-CN': '取消订单', en: 'Cancelling' } },
  { id: 'after-sales.complaint', category: 'after-sales', labels: { 'zh-CN': '投诉与不满', en: 'Complaints about the service' } },
  { id: 'invoice.how-to-get', category: 'invoice', labels: { 'zh-CN': '开票方式', en: 'Getting an invoice' } },
  { id: 'invoice.type-title', category: 'invoice', labels: { 'zh-CN': '发票类型与抬头税号', en: 'Type, title and tax number' } },
  { id: 'invoice.change-reissue', category: 'invoice', labels: { 'zh-CN': '改开与重开', en: 'Changes and reissues' } },
  { id: 'invoice.timing-delivery', category: 'invoice', labels: { 'zh-CN': '开票时间与寄送', en: 'When and how it arrives' } },
  { id: 'farewell.thanks', category: 'farewell', labels: { 'zh-CN': '致谢告别', en: 'Thanks and goodbye' } },
]);

/** The topic a phrase without one stands in: its category's general topic. */
export function generalTopicOf(category: string): string {
  return `${category}.general`;
}
