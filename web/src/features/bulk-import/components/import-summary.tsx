import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { userLocale } from '../../../lib/user-locale.ts';

interface Counts {
  files: number;
  ready: number;
  imported: number;
  alreadyImported: number;
  setAside: number;
  checking: number;
}

/** "13 files: 10 ready, 3 set aside." Imported and still-checking files are named only when there are some. */
export function ImportSummary({ files, ready, imported, alreadyImported, setAside, checking }: Counts) {
  const { t } = useLingui();
  const head = plural(files, { one: '# file', other: '# files' });
  const parts = [t`${ready} ready`];
  if (imported > 0) parts.push(t`${imported} imported`);
  if (alreadyImported > 0) parts.push(t`${alreadyImported} already imported`);
  parts.push(t`${setAside} set aside`);
  if (checking > 0) parts.push(t`${checking} being checked`);
  const list = new Intl.ListFormat(userLocale(), { type: 'unit', style: 'short' }).format(parts);
  return t`${head}: ${list}.`;
}
