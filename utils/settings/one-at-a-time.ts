/**
 * Runs read-modify-write tasks one after another, in the order they were asked for: two chat tabs
 * reporting at once would otherwise both read the same stored value and the second write would
 * lose the first one's change. A failed task fails its caller only; the next one still runs.
 */
export function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const next = last.then(task, task);
    last = next.catch(() => undefined);
    return next;
  };
}
