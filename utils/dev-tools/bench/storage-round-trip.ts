import { Deserializer, Serializer } from 'node:v8';

/**
 * What IndexedDB does with a value in Chrome: V8's structured serialisation (the ValueSerializer
 * Chrome's IndexedDB uses) on write, a fresh copy of every ArrayBuffer on read. Node's own
 * v8.serialize() is not the same: its reader makes typed arrays that point into the whole
 * serialised buffer, which would make loading look free and keep that buffer alive.
 */
export function serializeAsIndexedDb(value: unknown): Buffer {
  const serializer = new Serializer();
  serializer.writeHeader();
  serializer.writeValue(value);
  return serializer.releaseBuffer();
}

export function deserializeAsIndexedDb(bytes: Buffer): unknown {
  const deserializer = new Deserializer(bytes);
  deserializer.readHeader();
  return deserializer.readValue();
}
