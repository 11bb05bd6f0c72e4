import { Trans } from '@lingui/react/macro';
import type { Ref } from 'react';

/** What the attachment's drop zone says and offers, the same before and after its code has loaded. */
export function AttachmentDropZoneText({
  uploading,
  onChoose,
  buttonRef,
}: {
  uploading: boolean;
  onChoose: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <>
      <p>
        <Trans>Drop one PDF, JPEG or PNG here (15 MB at most), or</Trans>
      </p>
      <button type="button" ref={buttonRef} onClick={onChoose} disabled={uploading}>
        <Trans>Choose a file</Trans>
      </button>
      {uploading && (
        <p role="status">
          <Trans>Uploading…</Trans>
        </p>
      )}
    </>
  );
}
