/** A name that goes into a downloaded file's name: nothing a file system would refuse. */
export function fileSafe(name: string): string {
  return name.trim().replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60);
}

/** "2026-11-23" for an epoch-ms time, for file names. */
export function isoDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}
