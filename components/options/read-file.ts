import { bytesToBase64 } from '../../utils/packs/base64';

export async function fileAsBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
