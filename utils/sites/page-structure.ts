import {
  DIGIT_MASK,
  DIGIT_RUN,
  STRUCTURE_MAX_DEPTH,
  STRUCTURE_MAX_NODES,
  STRUCTURE_VALUE_ATTRIBUTES,
  type StructureNode,
} from '../schemas/page-health';
import { EXTENSION_UI_ATTRIBUTE } from './extension-ui';
import type { SiteAdapter } from './site-adapter';

/**
 * The structure-only snapshot behind 导出页面结构: what a maintainer needs to write new selectors
 * for a client that changed its page, and nothing of the chat. Kept: tag names, class and id
 * tokens, attribute names, and the values of STRUCTURE_VALUE_ATTRIBUTES. Dropped: all text, every
 * other attribute value, and any class, id or value with a non-ASCII character (a Chinese buyer
 * name in a class or an id). Masked: every run of 5 or more digits (phone numbers, order and
 * buyer ids), as `#####`. Shadow roots and our own UI are not entered.
 */

export interface PageStructure {
  root: 'chat-area' | 'body';
  /** Elements written into the tree. */
  nodes: number;
  /** Whether the caps left elements out (each cut place says how many in `omitted`). */
  truncated: boolean;
  tree: StructureNode;
}

const PRINTABLE_TOKEN = /^[\x21-\x7e]+$/;
const PRINTABLE_VALUE = /^[\x20-\x7e]*$/;
const ATTRIBUTE_NAME = /^[a-z_:][\w:.-]{0,80}$/;
const TAG_NAME = /^[a-z][a-z0-9-]{0,60}$/;
const VALUE_ATTRIBUTES: ReadonlySet<string> = new Set(STRUCTURE_VALUE_ATTRIBUTES);
const MAX_TOKEN_LENGTH = 200;
const MAX_CLASSES = 100;

export function maskDigits(text: string): string {
  return text.replace(DIGIT_RUN, DIGIT_MASK);
}

/** A class or id token as exported, or null when it must be dropped (non-ASCII, blank, too long). */
export function safeToken(token: string): string | null {
  if (!PRINTABLE_TOKEN.test(token) || token.length > MAX_TOKEN_LENGTH) return null;
  return maskDigits(token);
}

function safeValue(value: string): string | null {
  const trimmed = value.trim();
  return PRINTABLE_VALUE.test(trimmed) && trimmed.length <= MAX_TOKEN_LENGTH ? maskDigits(trimmed) : null;
}

function attributesOf(element: Element): Record<string, string | null> | undefined {
  const attributes: Record<string, string | null> = {};
  let any = false;
  for (const attribute of element.attributes) {
    const name = attribute.name.toLowerCase();
    if (name === 'id' || name === 'class' || !ATTRIBUTE_NAME.test(name)) continue;
    attributes[maskDigits(name)] = VALUE_ATTRIBUTES.has(name) ? safeValue(attribute.value) : null;
    any = true;
  }
  return any ? attributes : undefined;
}

function describe(element: Element): StructureNode {
  const tag = element.localName.toLowerCase();
  const node: StructureNode = { tag: TAG_NAME.test(tag) ? tag : 'unknown' };
  const id = element.id ? safeToken(element.id) : null;
  if (id) node.id = id;
  const classes = [...new Set(Array.from(element.classList, safeToken).filter((token): token is string => token !== null))].slice(0, MAX_CLASSES);
  if (classes.length > 0) node.classes = classes;
  const attributes = attributesOf(element);
  if (attributes) node.attributes = attributes;
  return node;
}

function isOurs(element: Element): boolean {
  return element.hasAttribute(EXTENSION_UI_ATTRIBUTE);
}

/** Walks `root` depth first within the caps. */
export function structureOf(root: Element, maxNodes = STRUCTURE_MAX_NODES, maxDepth = STRUCTURE_MAX_DEPTH): Omit<PageStructure, 'root'> {
  let nodes = 0;
  let truncated = false;

  function walk(element: Element, depth: number): StructureNode {
    nodes += 1;
    const node = describe(element);
    const children = Array.from(element.children).filter((child) => !isOurs(child));
    const written: StructureNode[] = [];
    let omitted = 0;
    for (const child of children) {
      if (depth + 1 > maxDepth || nodes >= maxNodes) omitted += 1;
      else written.push(walk(child, depth + 1));
    }
    if (written.length > 0) node.children = written;
    if (omitted > 0) {
      node.omitted = omitted;
      truncated = true;
    }
    return node;
  }

  const tree = walk(root, 0);
  return { nodes, truncated, tree };
}

/** The nearest element holding both, or null when either is missing. */
function commonAncestor(a: Element | null, b: Element | null): Element | null {
  if (!a || !b) return null;
  for (let current: Element | null = a; current; current = current.parentElement) {
    if (current.contains(b)) return current;
  }
  return null;
}

function quietly<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/**
 * The chat area's structure: the message list's and reply box's nearest common ancestor as the
 * client's adapter finds them, or the whole body when it does not find both (a page that changed
 * is exported whole, within the caps).
 */
export function pageStructureOf(doc: Document, adapter: SiteAdapter | null): PageStructure {
  const list = adapter ? quietly(() => adapter.findMessageList(doc)) : null;
  const input = adapter ? quietly(() => adapter.findInput(doc)) : null;
  const area = commonAncestor(list, input);
  const root = area && area !== doc.documentElement ? area : (doc.body ?? doc.documentElement);
  return { root: area && root === area ? 'chat-area' : 'body', ...structureOf(root) };
}
