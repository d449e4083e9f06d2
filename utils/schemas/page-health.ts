import { z } from 'zod/mini';

/*
 * Page health: knowing when a stock client's page stopped matching its adapter, and the
 * structure-only snapshot of the page an agent sends to whoever maintains the extension. Neither
 * ever holds a word of the chat: the records name a client, the parts that failed, a version and
 * a time; the snapshot holds tag names, ASCII class and id tokens, attribute names, and the values
 * of a few stable anchors only, every run of 5 or more digits masked. In zod/mini: the chat page
 * builds and parses both.
 */

const SITE_ID = /^[a-z][a-z0-9-]{0,39}$/;
const siteIdSchema = z.string().check(z.regex(SITE_ID, { error: '平台 id 只能用小写字母、数字和连字符，例如 "pinduoduo" / site id: lowercase letters, digits and hyphens, e.g. "pinduoduo"' }));

/**
 * The parts of a chat page an adapter must find, named like the adapters' selector lists:
 * `messageList` the open conversation's container, `message` its rows and who said them (the rows
 * were not found, or most did not say who spoke), `input` the reply box.
 */
export const PAGE_PARTS = ['messageList', 'message', 'input'] as const;
export const pagePartSchema = z.enum(PAGE_PARTS);
export type PagePart = z.infer<typeof pagePartSchema>;

/** An extension version as the manifest writes it ("1.4.0"). */
const versionSchema = z.string().check(z.regex(/^[\w.+-]{1,40}$/, { error: '版本号形如 "1.4.0" / a version looks like "1.4.0"' }));

/** One time a client's page stopped matching, as the content script saw it once the page settled. */
export const pageHealthRecordSchema = z.object({
  client: siteIdSchema,
  /** Which named lists found nothing, in PAGE_PARTS order. */
  failed: z.array(pagePartSchema).check(z.minLength(1), z.maxLength(PAGE_PARTS.length)),
  /** Whether the generic fallback read the page instead (the popup then says 使用通用识别). */
  genericFallback: z.boolean(),
  /** The extension version that failed to read it: an adapter update fixes a version. */
  version: versionSchema,
  /** When it was last seen (ms since 1970). */
  time: z.number().check(z.int(), z.gte(0)),
  /** The same failure seen again (another page load) counts up instead of filling the log. */
  count: z.number().check(z.int(), z.gte(1)),
});
export type PageHealthRecord = z.infer<typeof pageHealthRecordSchema>;

/** How many records are kept; the oldest go first. */
export const PAGE_HEALTH_LOG_CAPACITY = 50;

/**
 * What a chat page says about itself to the popup (`readPageHealth`): the stock client it is
 * (null elsewhere), and whether its adapter still reads it. `checking` while the page settles;
 * `no-chat` when the page does not look like a chat (a client's other pages, a page still loading).
 */
export const pageHealthSchema = z.object({
  client: z.nullable(siteIdSchema),
  status: z.enum(['ok', 'changed', 'checking', 'no-chat']),
  failed: z.array(pagePartSchema).check(z.maxLength(PAGE_PARTS.length)),
  genericFallback: z.boolean(),
});
export type PageHealth = z.infer<typeof pageHealthSchema>;

// ── The structure export (导出页面结构) ──

/**
 * Attributes whose values the export keeps: anchors pages set for their own tests and for
 * assistive technology, stable across builds and naming parts, never people. Every other
 * attribute keeps its name only: placeholder, title, alt, aria-label, src, href, value and style
 * can quote a buyer, and data-* values carry ids.
 */
export const STRUCTURE_VALUE_ATTRIBUTES = [
  'data-qa-id', // 飞鸽's test anchors (qa-message-warpper, qa-send-message-textarea)
  'data-testid', // React Testing Library's convention
  'data-test-id',
  'data-e2e', // 抖音-family pages' end-to-end anchors
  'role', // ARIA roles: log, listitem, textbox
  'type', // what kind of input or button
  'contenteditable', // which element is an editor host
] as const;

const VALUE_ATTRIBUTE_NAMES: ReadonlySet<string> = new Set(STRUCTURE_VALUE_ATTRIBUTES);

/** Masks every run of 5 or more digits: phone numbers, order ids and buyer ids are such runs. */
export const DIGIT_RUN = /\d{5,}/g;
export const DIGIT_MASK = '#####';

const NO_DIGIT_RUN = /^(?!.*\d{5})/;
const DIGITS_MASKED = { error: '5 位以上的数字须遮盖为 ##### / runs of 5 or more digits are masked, e.g. "row-#####"' };
/** A class or id token: printable ASCII without spaces, no run of 5 digits. */
const tokenSchema = z.string().check(
  z.regex(/^[\x21-\x7e]{1,200}$/, { error: 'class 和 id 只保留 ASCII 字符 / class and id tokens are ASCII only, e.g. "msg-list"' }),
  z.regex(NO_DIGIT_RUN, DIGITS_MASKED),
);
const attributeNameSchema = z.string().check(
  z.regex(/^[a-z_:][\w:.-]{0,80}$/i, { error: '属性名只保留 ASCII，例如 "data-qa-id" / attribute names are ASCII, e.g. "data-qa-id"' }),
  z.regex(NO_DIGIT_RUN, DIGITS_MASKED),
);
const attributeValueSchema = z.string().check(
  z.regex(/^[\x20-\x7e]{0,200}$/, { error: '属性值只保留 ASCII，最多 200 个字符，例如 "qa-send-message-textarea" / attribute values are ASCII, at most 200 characters, e.g. "qa-send-message-textarea"' }),
  z.regex(NO_DIGIT_RUN, DIGITS_MASKED),
);

export interface StructureNode {
  tag: string;
  id?: string;
  classes?: string[];
  /** Attribute names, with the value for STRUCTURE_VALUE_ATTRIBUTES and null for every other. */
  attributes?: Record<string, string | null>;
  children?: StructureNode[];
  /** Child elements left out by the size caps. */
  omitted?: number;
}

export const structureNodeSchema: z.ZodMiniType<StructureNode> = z.object({
  tag: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,60}$/, { error: '标签名形如 "div" / a tag name looks like "div"' })),
  id: z.optional(tokenSchema),
  classes: z.optional(z.array(tokenSchema).check(z.maxLength(100))),
  attributes: z.optional(
    z.record(attributeNameSchema, z.nullable(attributeValueSchema)).check(
      z.refine((attributes) => Object.entries(attributes).every(([name, value]) => value === null || VALUE_ATTRIBUTE_NAMES.has(name)), {
        error: '只有 data-qa-id 等稳定锚点保留属性值，其余为 null / only stable anchors such as data-qa-id keep a value, e.g. { "title": null }',
      }),
    ),
  ),
  get children() {
    return z.optional(z.array(structureNodeSchema));
  },
  omitted: z.optional(z.number().check(z.int(), z.gte(1))),
});

/** Caps on what one export walks: the chat area of a real client is well within them. */
export const STRUCTURE_MAX_DEPTH = 40;
export const STRUCTURE_MAX_NODES = 4000;

/** The file 导出页面结构 saves. */
export const pageStructureExportSchema = z.object({
  format: z.literal(1),
  client: siteIdSchema,
  version: versionSchema,
  /** When, as `Date.toISOString()` writes it. */
  exportedAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/, { error: '导出时间形如 "2026-12-06T08:00:00.000Z" / exportedAt looks like "2026-12-06T08:00:00.000Z"' })),
  /** `chat-area`: the message list's and reply box's nearest common ancestor; `body` when they were not both found. */
  root: z.enum(['chat-area', 'body']),
  /** The page's health when exported: which named lists failed. */
  failed: z.array(pagePartSchema).check(z.maxLength(PAGE_PARTS.length)),
  nodes: z.number().check(z.int(), z.gte(1), z.lte(STRUCTURE_MAX_NODES)),
  truncated: z.boolean(),
  tree: structureNodeSchema,
});
export type PageStructureExport = z.infer<typeof pageStructureExportSchema>;
