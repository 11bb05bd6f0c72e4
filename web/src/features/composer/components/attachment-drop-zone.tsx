import { useLingui } from '@lingui/react/macro';
import { qontoLimits } from '@composer/shared/constants/qonto-limits';
import { useEffect, useRef } from 'react';
import { useDropzone, type FileRejection } from 'react-dropzone';
import { AttachmentDropZoneText } from './attachment-drop-zone-text.tsx';

/** What the user did before the drop zone's code had loaded, done again once it has. */
export type EarlyAction = { kind: 'drop'; files: File[] } | { kind: 'choose' };

export interface AttachmentDropZoneProps {
  uploading: boolean;
  onAccepted: (file: File) => void;
  onRejected: (message: string) => void;
  early: EarlyAction | undefined;
  /** The zone replaces a stand-in whose button had the focus. */
  focusOnMount: boolean;
}

/** The drop zone proper (react-dropzone): one PDF, JPEG or PNG within Qonto's size limit. */
export function AttachmentDropZone({ uploading, onAccepted, onRejected, early, focusOnMount }: AttachmentDropZoneProps) {
  const { t } = useLingui();
  const chooseButton = useRef<HTMLButtonElement>(null);
  const { getRootProps, getInputProps, isDragActive, open, rootRef } = useDropzone({
    multiple: false,
    maxFiles: 1,
    maxSize: qontoLimits.uploadMaxFileBytes,
    accept: { 'application/pdf': ['.pdf'], 'image/jpeg': ['.jpg', '.jpeg'], 'image/png': ['.png'] },
    noClick: true,
    noKeyboard: true,
    // The section keeps a drop beside the zone from replacing the page, from before this code has loaded.
    preventDropOnDocument: false,
    onDropAccepted: ([file]) => {
      if (file) onAccepted(file);
    },
    onDropRejected: (rejections: FileRejection[]) =>
      onRejected(
        rejections[0]?.errors
          .map((problem) =>
            problem.code === 'file-too-large'
              ? t`This file is larger than Qonto's limit.`
              : problem.code === 'file-invalid-type'
                ? t`Qonto attaches PDF, JPEG or PNG files only.`
                : t`Drop one file at a time.`,
          )
          .join(' ') ?? t`This file cannot be attached.`,
      ),
  });
  useEffect(() => {
    if (focusOnMount) chooseButton.current?.focus();
    if (early?.kind === 'choose') open();
    if (early?.kind !== 'drop') return;
    // Dropped again on the zone, so the files go through the same checks as any drop.
    const transfer = new DataTransfer();
    for (const file of early.files) transfer.items.add(file);
    rootRef.current?.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    // Once, when the zone appears: `early` and the focus are what happened before it did.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div {...getRootProps({ className: `dropzone${isDragActive ? ' active' : ''}` })}>
      <input {...getInputProps({ 'aria-label': t`Attachment file` })} />
      <AttachmentDropZoneText uploading={uploading} onChoose={open} buttonRef={chooseButton} />
    </div>
  );
}
