import { useSyncExternalStore } from 'react';

/**
 * "Something in the form changed": fed by the form's bubbling change events and by the few
 * programmatic updates. Listeners read the values with getValues() when told. Unlike react-hook-form's
 * watch, it does not make RHF clone every value and notify every subscriber on each key press.
 */
export class FormChanges {
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  emit = (): void => {
    for (const listener of this.listeners) listener();
  };
}

/** A value derived from the form, re-read when `changes` fires: the caller re-renders only when it differs. */
export function useChangedValue<T extends string | boolean>(changes: FormChanges, read: () => T): T {
  return useSyncExternalStore(changes.subscribe, read);
}
