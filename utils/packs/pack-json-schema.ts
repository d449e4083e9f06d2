import { z } from 'zod';
import { packSchema } from '../schemas/pack';

/** Where the committed JSON Schema lives, relative to the project root. */
export const PACK_JSON_SCHEMA_PATH = 'phrases/pack.schema.json';

/**
 * The pack format as JSON Schema (draft 2020-12), for editors and other tools that write packs.
 * Generated from the zod schema, which stays the source of truth: checks that JSON Schema cannot
 * express (unique ids, declared categories, regex safety) are enforced only by the importer.
 */
export function packJsonSchemaText(): string {
  const schema = z.toJSONSchema(packSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  const document = {
    ...schema,
    title: '话术助手 phrase pack, formats 1 to 4',
    description:
      '话术包格式 1 到 4（格式 3 加上商品 products、话术的 products 和 holding；格式 4 加上选择器替换 siteOverrides，列表名称见 docs/site-lists.md）。导入时还会检查：话术 id 唯一、分类已声明、锁定的 id 存在、商品名称唯一、话术的 products 是包内商品、正则不会回溯爆炸、siteOverrides 的列表名称属于该客户端、选择器能被解析。 / Pack formats 1 to 4 (format 3 adds products, and phrases\' products and holding; format 4 adds siteOverrides, list names in docs/site-lists.md). Importing also checks unique ids, declared categories, locked ids, unique product names, phrases naming the pack\'s products, regex safety, override list names known for their client and selectors that parse.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
