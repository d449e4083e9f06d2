import { browser } from 'wxt/browser';
import { shippedDataPath, type ShippedDataFile } from './shipped-data-files';

/** A shipped data file the package does not hold or that is not JSON: a broken build, said plainly. */
export class ShippedDataError extends Error {
  override readonly name = 'ShippedDataError';
}

/**
 * One of the package's data files (shipped-data-files.ts), read from the extension itself and
 * parsed as JSON; the caller checks it with its schema. Never a network request: the URL is the
 * extension's own (chrome-extension:// or moz-extension://), which needs no permission.
 */
export async function readShippedData(file: ShippedDataFile): Promise<unknown> {
  const url = browser.runtime.getURL(shippedDataPath(file));
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new ShippedDataError(`扩展包中的数据文件 ${file} 无法读取 / the package's data file ${file} could not be read: ${String(error)}`);
  }
  if (!response.ok) throw new ShippedDataError(`扩展包中缺少数据文件 ${file} / the package has no data file ${file} (HTTP ${response.status})`);
  try {
    return await response.json();
  } catch (error) {
    throw new ShippedDataError(`扩展包中的数据文件 ${file} 不是有效的 JSON / the package's data file ${file} is not valid JSON: ${String(error)}`);
  }
}

/**
 * A loader for one shipped file, parsed by `parse` on the first call and kept for the worker's
 * life (its later calls share the result); a failed read or parse is not kept, so the next call
 * tries again.
 */
export function shippedDataOnce<T>(file: ShippedDataFile, parse: (json: unknown) => T): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= readShippedData(file)
      .then(parse)
      .catch((error: unknown) => {
        loaded = undefined;
        throw error;
      });
    return loaded;
  };
}
