import type { DemoScenario } from './scenario-schema';

/**
 * The buyers of the demo chat, one per step of the standard flow an agent learns
 * (问候 → 咨询 → 议价 → 催付 → 核对 → 发货 → 售后 → 告别). Written for this demo; buyers type the
 * way buyers do: short, colloquial, sometimes two messages in a row.
 * Not parsed here (this module loads before an entrypoint sets zod to jitless); the scenario
 * test checks every entry against `demoScenariosSchema`.
 */
export const DEMO_SCENARIOS: readonly DemoScenario[] = [
  {
    id: 'bargaining',
    topic: '议价',
    buyer: { id: 'buyer-wanfeng', nickname: '晚风吹过的猫' },
    product: '加绒连帽卫衣 灰色 L',
    turns: [
      { messages: [{ role: 'buyer', text: '在吗，这件卫衣还能再便宜点不？' }], expect: ['bargaining'] },
      { messages: [{ role: 'buyer', text: '我一次拿两件呢，老板给个优惠呗' }], expect: ['bargaining'] },
      { messages: [{ role: 'buyer', text: '那包邮吗？我在新疆' }], expect: ['bargaining', 'shipping'] },
      { messages: [{ role: 'buyer', text: '行吧，不能便宜的话送个小礼物总可以吧' }], expect: ['bargaining'] },
    ],
  },
  {
    id: 'urging-payment',
    topic: '催付',
    buyer: { id: 'buyer-ajie', nickname: '阿杰不吃香菜' },
    product: '不锈钢保温杯 500ml',
    turns: [
      {
        messages: [
          { role: 'system', text: '买家已拍下，待付款' },
          { role: 'buyer', text: '先拍下了，我再对比下别家，晚点再付' },
        ],
        expect: ['urging-payment'],
      },
      { messages: [{ role: 'buyer', text: '今天付跟明天付有区别吗' }], expect: ['urging-payment', 'shipping'] },
      { messages: [{ role: 'buyer', text: '刚才付款一直提示支付失败，咋回事啊' }], expect: ['urging-payment'] },
    ],
  },
  {
    id: 'shipping',
    topic: '发货',
    buyer: { id: 'buyer-momo', nickname: 'momo酱' },
    product: '无线蓝牙耳机 白色',
    turns: [
      {
        messages: [
          { role: 'system', text: '买家已付款' },
          { role: 'buyer', text: '亲，款付好了，今天能发出吗？' },
        ],
        expect: ['shipping'],
      },
      { messages: [{ role: 'buyer', text: '默认发什么快递，能换顺丰吗' }], expect: ['shipping'] },
      {
        messages: [
          { role: 'buyer', text: '哎呀地址填错了' },
          { role: 'buyer', text: '能帮我改下收货地址吗，还没发吧' },
        ],
        expect: ['shipping'],
      },
    ],
  },
  {
    id: 'after-sales',
    topic: '售后',
    buyer: { id: 'buyer-dachengzi', nickname: '大橙子2019' },
    product: '陶瓷马克杯礼盒（4只装）',
    turns: [
      {
        messages: [
          { role: 'system', text: '买家已确认收货' },
          { role: 'buyer', text: '你好，杯子今天到了，拆开发现碎了一只' },
        ],
        expect: ['after-sales'],
      },
      { messages: [{ role: 'buyer', text: '照片拍好了，外箱也压扁了，发你看看' }], expect: ['after-sales'] },
      { messages: [{ role: 'buyer', text: '能补发一只吗？还是只能退款，我急着送人' }], expect: ['after-sales'] },
      { messages: [{ role: 'buyer', text: '好的那麻烦尽快处理，谢谢' }], expect: ['farewell', 'after-sales'] },
    ],
  },
  {
    id: 'invoice',
    topic: '发票',
    buyer: { id: 'buyer-wangjl', nickname: '采购部-王经理' },
    product: 'A4 复印纸 70g（10包）',
    turns: [
      {
        messages: [
          { role: 'system', text: '交易成功' },
          { role: 'buyer', text: '你好，这单公司报销，要开增值税专用发票' },
        ],
        expect: ['invoice'],
      },
      { messages: [{ role: 'buyer', text: '抬头写公司全称，税号我一会儿发你，可以吧' }], expect: ['invoice'] },
      { messages: [{ role: 'buyer', text: '发票大概几天能开好？发电子版到邮箱就行' }], expect: ['invoice'] },
    ],
  },
  {
    id: 'farewell',
    topic: '告别',
    buyer: { id: 'buyer-xiaoyugan', nickname: '小鱼干不分享' },
    product: '全价冻干猫粮 2kg',
    turns: [
      { messages: [{ role: 'buyer', text: '明白了，那我就等快递啦' }], expect: ['farewell', 'shipping'] },
      { messages: [{ role: 'buyer', text: '没别的问题了，谢谢你这么耐心' }], expect: ['farewell'] },
      { messages: [{ role: 'buyer', text: '拜拜～88' }], expect: ['farewell'] },
    ],
  },
  // Product buyers: each sends a product card of the demo shop's catalogue (phrases/demo-shop-pack.json),
  // then asks about the item; with 示例商品包 installed the answers come from that product.
  {
    id: 'product',
    topic: '商品咨询',
    buyer: { id: 'buyer-qingtian', nickname: '晴天有小雨' },
    product: '男士纯棉圆领短袖T恤',
    turns: [
      {
        messages: [
          { role: 'buyer', text: '【2件79】男士纯棉圆领短袖T恤 夏季宽松打底衫 白色 包邮', card: { itemId: '590117864205', sku: 'L' } },
          { role: 'buyer', text: '在吗？' },
        ],
        expect: ['greeting'],
      },
      { messages: [{ role: 'buyer', text: '给男朋友买，他175，140斤，穿什么码合适' }], expect: ['product'] },
      { messages: [{ role: 'buyer', text: '是纯棉的吗？洗了会不会缩水掉色' }], expect: ['product'] },
      // The shop keeps no warranty fact for a T恤: a holding reply comes first, with the facts card.
      { messages: [{ role: 'buyer', text: '穿坏了有保修吗' }], expect: ['after-sales', 'product'] },
    ],
  },
  {
    id: 'product-warranty',
    topic: '商品·保修',
    buyer: { id: 'buyer-tangtang', nickname: '糖糖妈咪' },
    product: '儿童316不锈钢保温杯 400ml',
    turns: [
      {
        messages: [
          { role: 'buyer', text: '【热卖】儿童316不锈钢保温杯400ml 带吸管 小学生上学水杯', card: { itemId: '586203941172', sku: '樱花粉' } },
          { role: 'buyer', text: '这个杯子保修多久呀' },
        ],
        expect: ['after-sales', 'product'],
      },
      { messages: [{ role: 'buyer', text: '吸管能拆下来洗吗，怕里面长霉' }], expect: ['product'] },
      { messages: [{ role: 'buyer', text: '放书包里会不会漏水啊' }], expect: ['product'] },
    ],
  },
  {
    id: 'product-fault',
    topic: '商品·故障',
    buyer: { id: 'buyer-laoli', nickname: '老李爱下厨' },
    product: '可视空气炸锅 5L',
    turns: [
      {
        messages: [
          { role: 'system', text: '买家已确认收货' },
          { role: 'buyer', text: '可视空气炸锅5L家用大容量 多功能电炸锅 智能触屏', card: { itemId: '603318259407' } },
          { role: 'buyer', text: '炸锅屏幕显示E2，然后就不加热了' },
        ],
        expect: ['product', 'after-sales'],
      },
      { messages: [{ role: 'buyer', text: '鸡翅一般烤多久，几度' }], expect: ['product'] },
      { messages: [{ role: 'buyer', text: '好嘞我试试，谢啦' }], expect: ['farewell'] },
    ],
  },
];
