import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { formatFileSize } from '../../../lib/format.ts';
import type { ImportFile } from '../model/import-state.ts';

const inTransfer = new Set(['queued', 'uploading', 'imported', 'already-imported', 'failed', 'cancelled']);

/** Overall progress in files and bytes across every batch being sent. */
export function ImportProgress({ files }: { files: ImportFile[] }) {
  const { t } = useLingui();
  const sent = files.filter((file) => inTransfer.has(file.status) && (file.status !== 'already-imported' || file.sentBytes > 0));
  if (sent.length === 0) return null;
  const total = sent.reduce((sum, file) => sum + file.size, 0);
  const done = sent.reduce((sum, file) => sum + file.sentBytes, 0);
  const finished = sent.filter((file) => file.status === 'imported' || file.status === 'already-imported').length;
  const filesDone = plural(sent.length, { one: `${finished} of # file imported`, other: `${finished} of # files imported` });
  const doneSize = formatFileSize(done, undefined, total);
  const totalSize = formatFileSize(total);
  return (
    <div className="import-progress">
      <label htmlFor="import-progress-bar">
        <Trans>Overall progress</Trans>
      </label>
      <progress id="import-progress-bar" max={Math.max(total, 1)} value={done} />
      <p role="status">{t`${filesDone} · ${doneSize} of ${totalSize} sent`}</p>
    </div>
  );
}
