import type { Product } from '../schemas/product';
import { platformNamed } from './product-columns';

/** The products a phrase sheet's 适用商品 cells may name: the products sheet's, and which of its rows failed. */
export interface SheetProducts {
  products: readonly Product[];
  /** Product rows left out for their problems, by name → row. */
  failed: ReadonlyMap<string, number>;
  /** The products sheet (or file) as problems name it. */
  sheet: string;
}

/** 适用商品 lists products joined by `|` only: a product name may contain 、. */
export const PRODUCT_LIST_SEPARATOR = /[|｜]/;

/**
 * 适用商品: each entry is a product's name, `platform:itemId`, or a bare item id that only one
 * product has; the pack stores names. Names win: a product called "pdd:1" is that product.
 */
export class ProductRefs {
  private readonly names: ReadonlySet<string>;
  private readonly byRef = new Map<string, string>();
  private readonly byBareId = new Map<string, string[]>();

  constructor(private readonly sheet: SheetProducts) {
    this.names = new Set(sheet.products.map((product) => product.name));
    for (const product of sheet.products) {
      for (const ref of product.ids) {
        this.byRef.set(`${ref.platform}:${ref.itemId}`, product.name);
        const owners = this.byBareId.get(ref.itemId) ?? [];
        if (!owners.includes(product.name)) owners.push(product.name);
        this.byBareId.set(ref.itemId, owners);
      }
    }
  }

  /** The product names a cell lists, in order without repeats, or why one entry names none. */
  resolve(cell: string): { names: string[] } | { problem: string } {
    const names: string[] = [];
    for (const entry of cell.split(PRODUCT_LIST_SEPARATOR).map((part) => part.trim()).filter((part) => part !== '')) {
      const name = this.nameOf(entry);
      if (typeof name !== 'string') return name;
      if (!names.includes(name)) names.push(name);
    }
    return { names };
  }

  private nameOf(entry: string): string | { problem: string } {
    if (this.names.has(entry)) return entry;
    const failedRow = this.sheet.failed.get(entry);
    if (failedRow !== undefined) {
      return { problem: `商品「${entry}」在工作表「${this.sheet.sheet}」第 ${failedRow} 行有问题，先改好那一行 / product "${entry}" has problems in row ${failedRow} of "${this.sheet.sheet}"` };
    }
    const match = /^([^:：]+)[:：](.+)$/.exec(entry);
    const platform = match ? platformNamed(match[1] ?? '') : undefined;
    if (match && platform !== undefined) {
      const byRef = this.byRef.get(`${platform}:${(match[2] ?? '').trim()}`);
      if (byRef !== undefined) return byRef;
    }
    const owners = this.byBareId.get(entry) ?? [];
    if (owners.length === 1 && owners[0] !== undefined) return owners[0];
    if (owners.length > 1) {
      return { problem: `商品 ID "${entry}" 有 ${owners.length} 个商品（${owners.join('、')}）；请写成 平台:ID，例如 "pdd:${entry}"，或写商品名称 / item id "${entry}" is ambiguous; write platform:itemId or the name` };
    }
    return {
      problem:
        this.sheet.products.length === 0
          ? `适用商品 "${entry}"：这个文件没有商品表；请加一个「商品」工作表（或用 --products 给出商品 CSV） / no products sheet for "${entry}"`
          : `适用商品 "${entry}" 不在商品表「${this.sheet.sheet}」里；写商品名称、平台:商品ID 或商品 ID，多个用 | 隔开 / "${entry}" names no product of "${this.sheet.sheet}"`,
    };
  }
}
