/**
 * Code (or anything) fetched once and kept. After a failure, `load` tries again; `last` gives the latest try as it
 * ended, so a failure stays failed for whoever reads it until `load` is called again.
 */
export function loadOnce<T>(fetch: () => Promise<T>) {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  let failed = false;
  const last = () =>
    (loading ??= fetch().then(
      (result) => (value = result),
      (error: unknown) => {
        failed = true;
        throw error;
      },
    ));
  const load = () => {
    if (failed) [loading, failed] = [undefined, false];
    return last();
  };
  return { load, last, current: () => value };
}
