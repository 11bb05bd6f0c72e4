import { t } from '@lingui/core/macro';
import { useMemo, useSyncExternalStore } from 'react';
import type { FieldError, FieldErrors, UseFormReturn } from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';

/** What to show for an error, if there is one (every error shows something, even one without a message). */
export function messageOf(error: { message?: string | undefined } | undefined): string | undefined {
  return error ? error.message || t`Check this value.` : undefined;
}

type ErrorSource = Pick<UseFormReturn<ComposerValues>, 'subscribe' | 'getFieldState'>;

/**
 * The form's errors for every field and line that shows one, through a single react-hook-form
 * subscription, opened while anyone listens. react-hook-form walks its subscribers on every key press
 * (a name check each); one per field and line was thousands of checks per key press on a long invoice.
 * Listeners re-read what they show when the errors change, and re-render only when that differs.
 */
export class FormErrors {
  readonly #listeners = new Set<() => void>();
  #stop: (() => void) | undefined;

  readonly #source: ErrorSource;

  constructor(source: ErrorSource) {
    this.#source = source;
  }

  subscribe = (listener: () => void): (() => void) => {
    if (this.#listeners.size === 0) {
      this.#stop = this.#source.subscribe({
        formState: { errors: true },
        callback: () => {
          for (const each of this.#listeners) each();
        },
      });
    }
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) this.#stop?.();
    };
  };

  /** The message shown under a field, if it has an error. */
  message(name: string): string | undefined {
    return messageOf(this.#source.getFieldState(name as never).error);
  }

  /** Every message of one line by field, as a string that changes only when one of them does. */
  lineKey(index: number): string {
    const line = this.#source.getFieldState(`items.${index}`).error as FieldErrors | undefined;
    if (!line) return '{}';
    const messages: Record<string, string> = {};
    for (const [field, error] of Object.entries(line)) {
      const shown = error && typeof error === 'object' && 'type' in error ? messageOf(error as FieldError) : undefined;
      if (shown !== undefined) messages[field] = shown;
    }
    return JSON.stringify(messages);
  }
}

/** One field's error message, re-rendering the caller only when it changes. */
export function useFormError(errors: FormErrors, name: string): string | undefined {
  return useSyncExternalStore(errors.subscribe, () => errors.message(name));
}

/** One line's error messages by field (`quantity`), re-rendering the caller only when one changes. */
export function useLineErrors(errors: FormErrors, index: number): Readonly<Record<string, string>> {
  const key = useSyncExternalStore(errors.subscribe, () => errors.lineKey(index));
  return useMemo(() => JSON.parse(key) as Record<string, string>, [key]);
}
