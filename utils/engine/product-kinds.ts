/**
 * Kinds of goods, by the nouns buyers and phrases name them with. A general pack carries replies
 * written about one kind of goods (纸尿裤按体重选码, 空调基础安装免费); offered for a question
 * about another kind (a down jacket's size, a TV mount) they read as nonsense, and reviewers
 * rejected them as such. So once a conversation names what it is about, a reply that names only
 * other kinds is not offered (`unrelatedKinds`).
 *
 * Kinds are broad on purpose: two nouns share a kind when a reply about one could be meant for
 * the other (外套 and 羽绒服, 锅 and 电磁炉, 手机 and 手机壳). Words for several kinds (家电,
 * 家具, 数码) name all of them; words for no goods in particular (商品, 宝贝, 东西) are not listed,
 * and a reply that names no kind is never affected.
 */
const KIND_NOUNS: Readonly<Record<string, readonly string[]>> = {
  apparel: [
    '衣服', '上衣', '外套', '羽绒服', '棉服', '棉衣', '大衣', '风衣', '夹克', '西装', 'T恤', 't恤', '短袖', '长袖', '衬衫', '毛衣', '针织衫',
    '卫衣', '马甲', '背心', '裤子', '牛仔裤', '打底裤', '阔腿裤', '短裤', '运动裤', '裙子', '连衣裙', '半身裙', '内衣', '内裤', '文胸',
    '睡衣', '家居服', '防晒衣', '袜子', '帽子', '围巾', '手套', '童装', '泳衣', '旗袍', '汉服', '校服', '冲锋衣', '羊绒衫', '羊毛衫',
  ],
  shoes: ['鞋', '鞋子', '运动鞋', '跑鞋', '跑步鞋', '球鞋', '皮鞋', '靴子', '雪地靴', '拖鞋', '凉鞋', '帆布鞋', '高跟鞋', '童鞋', '鞋垫', '鞋底', '鞋码'],
  bags: ['箱包', '行李箱', '拉杆箱', '背包', '双肩包', '书包', '手提包', '挎包', '钱包', '包包'],
  jewellery: ['项链', '戒指', '手链', '耳环', '耳钉', '手镯', '首饰', '金饰', '银饰'],
  glasses: ['眼镜', '镜片', '镜框', '墨镜', '隐形眼镜'],
  beauty: [
    '护肤品', '化妆品', '面霜', '乳液', '精华', '精华液', '爽肤水', '化妆水', '洁面', '洁面乳', '洗面奶', '面膜', '防晒霜', '防晒乳', '防晒喷雾', '口红',
    '粉底', '粉底液', '眼霜', '卸妆', '卸妆水', '香水', '身体乳', '洗发水', '护发素', '沐浴露', '牙膏', '肤质',
  ],
  // Food that keeps (snacks, staples, sauces): a reply about storing nuts is nonsense for mangoes
  // that came rotten, and one about broken eggs for either, so fresh goods have kinds of their own.
  food: [
    '零食', '坚果', '饼干', '蛋糕', '面包', '大米', '面粉', '挂面', '月饼', '粽子', '蜂蜜', '果仁', '牛奶', '酸奶', '咖啡豆', '巧克力',
    '糖果', '调料', '酱油', '食用油', '辣条', '方便面', '螺蛳粉', '配料表', '配料',
  ],
  fruit: ['水果', '车厘子', '榴莲', '橙子', '芒果', '荔枝', '草莓', '猕猴桃', '坏果', '烂果'],
  eggs: ['鸡蛋', '鸭蛋', '咸鸭蛋', '土鸡蛋', '鹌鹑蛋', '皮蛋', '蛋液', '碎蛋'],
  'meat-seafood': ['牛肉', '猪肉', '腊肉', '香肠', '海鲜', '虾', '螃蟹', '大闸蟹'],
  tea: ['茶叶', '绿茶', '红茶', '白茶', '乌龙茶', '普洱', '龙井', '花茶', '铁观音', '茶饼'],
  'health-food': ['保健品', '保健食品', '维生素', '钙片', '鱼油', '蛋白粉', '益生菌', '胶原蛋白', '叶酸'],
  kitchen: [
    '锅', '炒锅', '不粘锅', '铁锅', '砂锅', '蒸锅', '汤锅', '高压锅', '压力锅', '电饭煲', '电饭锅', '空气炸锅', '电煮锅', '破壁机',
    '豆浆机', '榨汁机', '电水壶', '烧水壶', '热水壶', '微波炉', '烤箱', '电磁炉', '电陶炉', '料理机', '咖啡机', '刀具', '菜刀',
    '砧板', '保鲜盒', '餐具', '筷子', '炸篮',
  ],
  fridge: ['冰箱', '冰柜', '冷藏室', '冷冻室'],
  washer: ['洗衣机', '烘干机', '滚筒', '波轮'],
  'air-conditioner': ['空调', '挂机', '柜机', '室内机', '室外机', '内机', '外机'],
  tv: ['电视', '电视机', '投影仪'],
  'water-heater': ['热水器'],
  'range-hood': ['油烟机', '烟机', '燃气灶', '灶具', '洗碗机', '消毒柜'],
  'floor-care': ['扫地机', '扫地机器人', '吸尘器', '洗地机', '拖把'],
  'air-care': ['空气净化器', '加湿器', '除湿机', '电风扇', '风扇', '取暖器', '暖风机', '电热毯'],
  phone: ['手机', '手机壳', '手机膜', '钢化膜', '保护壳', '苹果手机', '安卓手机'],
  audio: ['耳机', '蓝牙耳机', '降噪耳机', '音箱', '音响'],
  charging: ['充电器', '充电头', '数据线', '充电宝', '移动电源', '快充'],
  wearable: ['手表', '智能手表', '手环'],
  tablet: ['平板', '平板电脑', 'iPad', 'ipad'],
  camera: ['相机', '单反', '镜头', '摄像头', '行车记录仪'],
  computer: ['电脑', '笔记本', '笔记本电脑', '台式机', '显示器', '键盘', '鼠标', '打印机', '路由器', '硬盘', 'U盘', 'u盘', '内存卡', 'SD卡', 'sd卡', 'TF卡', 'tf卡'],
  furniture: [
    '沙发', '床', '床垫', '床架', '床头柜', '衣柜', '书桌', '桌子', '餐桌', '茶几', '椅子', '办公椅', '电竞椅', '书架', '书柜', '鞋柜',
    '电视柜', '柜子', '储物柜', '床板', '实木', '板材',
  ],
  bedding: ['床单', '被套', '四件套', '三件套', '被子', '被芯', '羽绒被', '蚕丝被', '枕头', '枕芯', '床笠', '凉席', '毯子', '毛巾', '浴巾', '窗帘', '床品'],
  bathroom: ['花洒', '淋浴', '马桶', '水龙头', '龙头', '浴室柜', '地漏', '卫浴', '坐便器', '智能马桶', '浴霸'],
  'door-lock': ['门锁', '指纹锁', '智能锁', '密码锁', '猫眼'],
  lighting: ['台灯', '吸顶灯', '灯泡', '灯具', '吊灯', '灯管'],
  diapers: ['纸尿裤', '尿不湿', '拉拉裤', '尿裤'],
  formula: ['奶粉'],
  'baby-food': ['米粉', '辅食', '果泥'],
  feeding: ['奶瓶', '奶嘴', '吸奶器', '水杯', '保温杯', '杯子', '吸管杯'],
  'baby-gear': ['婴儿车', '推车', '童车', '安全座椅', '婴儿床', '学步车'],
  toys: ['玩具', '积木', '乐高', '玩偶', '毛绒玩具'],
  pets: ['宠物', '猫粮', '狗粮', '猫砂', '猫咪', '狗狗', '猫', '狗', '猫抓板', '宠物衣服'],
  vehicle: ['电动车', '自行车', '滑板车', '平衡车', '电瓶车', '头盔'],
  car: ['车载', '座垫', '脚垫', '手机支架', '车衣'],
  books: ['图书', '书本', '绘本', '课本', '教材'],
  stationery: ['文具', '铅笔', '钢笔', '中性笔', '笔芯'],
  'personal-care': ['吹风机', '电吹风', '电动牙刷', '剃须刀', '刮胡刀', '卷发棒', '直发夹', '美容仪', '按摩仪', '筋膜枪', '体重秤', '理发器', '冲牙器'],
};

const LARGE_APPLIANCES = ['fridge', 'washer', 'air-conditioner', 'tv', 'water-heater', 'range-hood'];
const APPLIANCES = [...LARGE_APPLIANCES, 'kitchen', 'floor-care', 'air-care', 'personal-care'];
const ELECTRONICS = ['phone', 'audio', 'charging', 'wearable', 'tablet', 'camera', 'computer'];
const BABY = ['diapers', 'formula', 'baby-food', 'feeding', 'baby-gear', 'toys'];
const FRESH = ['fruit', 'eggs', 'meat-seafood'];
const FOODS = ['food', ...FRESH];

/**
 * Words for a group of kinds: "大家电和家具都是送货入户的" is written for a fridge as much as
 * for a sofa.
 */
const GROUP_NOUNS: Readonly<Record<string, readonly string[]>> = {
  大家电: [...LARGE_APPLIANCES, 'furniture'],
  家电: APPLIANCES,
  电器: APPLIANCES,
  小家电: ['kitchen', 'floor-care', 'air-care', 'personal-care'],
  厨电: ['kitchen', 'range-hood'],
  家具: ['furniture', 'bedding'],
  大件: [...LARGE_APPLIANCES, 'furniture', 'bathroom'],
  数码: ELECTRONICS,
  电子产品: ELECTRONICS,
  母婴: BABY,
  食品: [...FOODS, 'tea', 'health-food', 'formula', 'baby-food'],
  吃的: [...FOODS, 'tea', 'health-food', 'formula', 'baby-food'],
  生鲜: FRESH,
  服装: ['apparel', 'shoes', 'bags'],
  服饰: ['apparel', 'shoes', 'bags', 'jewellery'],
  衣物: ['apparel', 'shoes', 'bedding'],
};

/**
 * Words that start with a noun for goods but name none: 收件手机号 is the buyer's number, not a
 * phone. Listed with no kinds, so the longest match takes them and they count for nothing.
 */
const NOT_GOODS = ['手机号', '手机号码'];

/** Noun → kinds. */
const KIND_OF = new Map<string, readonly string[]>();
for (const [kind, nouns] of Object.entries(KIND_NOUNS)) for (const noun of nouns) KIND_OF.set(noun, [kind]);
for (const [noun, kinds] of Object.entries(GROUP_NOUNS)) KIND_OF.set(noun, kinds);
for (const noun of NOT_GOODS) KIND_OF.set(noun, []);

/**
 * The nouns by their first character, longest first: most characters of a message start no noun,
 * so a scan costs one lookup per character (it runs on every message of a thread per suggestion).
 */
const NOUNS_BY_FIRST = new Map<string, string[]>();
for (const noun of [...KIND_OF.keys()].sort((a, b) => b.length - a.length)) {
  const nouns = NOUNS_BY_FIRST.get(noun.charAt(0));
  if (nouns) nouns.push(noun);
  else NOUNS_BY_FIRST.set(noun.charAt(0), [noun]);
}

/**
 * Appliances that are named as a means as often as as the goods: 能放洗碗机吗 asks about a cup,
 * 要放冰箱吗 about food, 可以用洗衣机洗吗 about a sweater. Put after a word of placing or using,
 * they name no kind.
 */
const MEANS_NOUNS = new Set(['洗碗机', '洗衣机', '烘干机', '微波炉', '烤箱', '冰箱', '冰柜', '冷藏室', '冷冻室', '消毒柜', '电磁炉']);
const PLACED_BEFORE = /(?:放|进|入|用|到|塞|扔|拿)(?:进|入|到|在)?$/;

/**
 * The kinds of goods a text names. At each position the longest listed noun wins, so 鞋柜 is
 * furniture, not shoes, and 羽绒被 bedding, not apparel.
 */
export function kindsNamed(text: string): ReadonlySet<string> {
  const kinds = new Set<string>();
  let at = 0;
  while (at < text.length) {
    const noun = NOUNS_BY_FIRST.get(text.charAt(at))?.find((candidate) => text.startsWith(candidate, at));
    if (noun === undefined) {
      at += 1;
      continue;
    }
    const asMeans = MEANS_NOUNS.has(noun) && PLACED_BEFORE.test(text.slice(Math.max(0, at - 3), at));
    if (!asMeans) for (const kind of KIND_OF.get(noun) ?? []) kinds.add(kind);
    at += noun.length;
  }
  return kinds;
}

/**
 * A reply names kinds of goods and the conversation names others, none in common: the reply was
 * written about something else. False when either names none.
 */
export function unrelatedKinds(replyKinds: ReadonlySet<string>, conversationKinds: ReadonlySet<string>): boolean {
  if (replyKinds.size === 0 || conversationKinds.size === 0) return false;
  for (const kind of replyKinds) if (conversationKinds.has(kind)) return false;
  return true;
}
