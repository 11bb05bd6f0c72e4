import type { z } from 'zod/mini';
import type { RuleParams } from '../schemas/field-formats.ts';
import { qontoError, type QontoError } from './error-envelope.ts';
import { formatJsonPointer } from './json-pointer.ts';

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || 'body';
}

function toQontoError(issue: z.core.$ZodIssue, input: unknown, pointerPrefix: string): QontoError[] {
  const pointer = (path: readonly PropertyKey[]) => `${pointerPrefix}${formatJsonPointer(path.map((key) => String(key)))}`;
  const field = fieldName(issue.path);
  if (issue.code !== 'custom' && issue.code !== 'unrecognized_keys' && valueAt(input, issue.path) === undefined) {
    return [qontoError(422, { code: 'missing_field', detail: `\`${field}\` is required.`, pointer: pointer(issue.path) })];
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        qontoError(422, {
          code: 'invalid',
          detail: `\`${fieldName([...issue.path, key])}\` is not a known field.`,
          pointer: pointer([...issue.path, key]),
        }),
      );
    case 'invalid_type':
      return [
        qontoError(422, {
          code: 'invalid_format',
          detail: `\`${field}\` must be ${issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}.`,
          pointer: pointer(issue.path),
        }),
      ];
    case 'invalid_format':
      return [qontoError(422, { code: 'invalid_format', detail: `\`${field}\` ${issue.message}`, pointer: pointer(issue.path) })];
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) {
        return [
          qontoError(422, { code: 'invalid', detail: `\`${field}\` can't be empty.`, pointer: pointer(issue.path), validationParam: '1' }),
        ];
      }
    // falls through
    case 'too_big': {
      const limit = String(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' entries' : '';
      const bound = issue.code === 'too_big' ? 'at most' : 'at least';
      return [
        qontoError(422, {
          code: 'invalid',
          detail: `\`${field}\` must have ${bound} ${limit}${unit}.`,
          pointer: pointer(issue.path),
          validationParam: limit,
        }),
      ];
    }
    case 'invalid_value':
      return [
        qontoError(422, {
          code: 'invalid',
          detail: `\`${field}\` must be one of: ${issue.values.map(String).join(', ')}.`,
          pointer: pointer(issue.path),
        }),
      ];
    case 'custom': {
      const params = (issue.params ?? {}) as RuleParams;
      return [
        qontoError(422, {
          code: params.code ?? 'invalid',
          detail: issue.message.startsWith('`') ? issue.message : `\`${field}\`: ${issue.message}.`,
          pointer: pointer(issue.path),
          ...(params.validationParam === undefined ? {} : { validationParam: params.validationParam }),
        }),
      ];
    }
    default:
      return [qontoError(422, { code: 'invalid', detail: `\`${field}\`: ${issue.message}.`, pointer: pointer(issue.path) })];
  }
}

/** Maps a zod failure on a request body to Qonto's 422 errors, one per problem, each with its pointer. */
export function zodIssuesToQontoErrors(error: z.core.$ZodError, input: unknown, pointerPrefix = '/data/attributes'): QontoError[] {
  return error.issues.flatMap((issue) => toQontoError(issue, input, pointerPrefix));
}
