import { useMemo, useSyncExternalStore } from 'react';

/** Told with the changed field's path (`items.3.quantity`) when it is known; without one, anything may have changed. */
export type ChangeListener = (path: string | undefined) => void;

/**
 * "Something in the form changed": fed by the form's bubbling change events and by the few
 * programmatic updates. Listeners read the values with getValues() when told. Unlike react-hook-form's
 * watch, it does not make RHF clone every value and notify every subscriber on each key press.
 */
export class FormChanges {
  private readonly listeners = new Set<ChangeListener>();

  subscribe = (listener: ChangeListener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  emit = (path?: string): void => {
    for (const listener of this.listeners) listener(path);
  };
}

/** The path a change event names: the `name` its field is registered under. */
export function changedPath(target: EventTarget): string | undefined {
  const name = (target as Partial<HTMLInputElement>).name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/**
 * A value derived from the form, re-read when `changes` fires: the caller re-renders only when it differs.
 * With `relevant`, it is re-read only for changes to the paths it accepts (and for changes naming none),
 * so a value derived from many lines costs nothing on a key press elsewhere.
 */
export function useChangedValue<T extends string | number | boolean>(
  changes: FormChanges,
  read: () => T,
  relevant?: (path: string) => boolean,
): T {
  const subscribe = useMemo(
    () =>
      relevant
        ? (listener: () => void) => changes.subscribe((path) => (path === undefined || relevant(path)) && listener())
        : changes.subscribe,
    [changes, relevant],
  );
  return useSyncExternalStore(subscribe, read);
}
