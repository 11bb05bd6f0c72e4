import { Trans, useLingui } from '@lingui/react/macro';
import { qontoLimits } from '@composer/shared';
import { useState } from 'react';
import { useDropzone, type FileRejection } from 'react-dropzone';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { formatFileSize } from '../../../lib/format.ts';
import { useUpload, useUploadAttachment } from '../api/uploads.ts';
import { useComposerForm } from '../form/composer-form.tsx';
import { useWatch } from 'react-hook-form';
import { FieldError, useFieldError } from './field-error.tsx';

/** One PDF, JPEG or PNG attached to the invoice, uploaded through the app server. */
export function AttachmentSection() {
  const { t } = useLingui();
  const { control, setValue } = useComposerForm();
  const uploadId = useWatch({ control, name: 'upload_id' });
  const error = useFieldError('upload_id');
  const upload = useUploadAttachment();
  const stored = useUpload(uploadId);
  const [rejection, setRejection] = useState<string>();
  const { getRootProps, getInputProps, isDragActive, open } = useDropzone({
    multiple: false,
    maxFiles: 1,
    maxSize: qontoLimits.uploadMaxFileBytes,
    accept: { 'application/pdf': ['.pdf'], 'image/jpeg': ['.jpg', '.jpeg'], 'image/png': ['.png'] },
    noClick: true,
    noKeyboard: true,
    onDropAccepted: ([file]) => {
      if (!file) return;
      setRejection(undefined);
      upload.mutate(file, { onSuccess: (data) => setValue('upload_id', data.id) });
    },
    onDropRejected: (rejections: FileRejection[]) =>
      setRejection(
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
  return (
    <fieldset className="section">
      <legend>
        <Trans>Attachment</Trans>
      </legend>
      {uploadId ? (
        <div className="attachment">
          <p>
            {stored.data ? (
              <>
                <strong>{stored.data.attributes.filename}</strong> ({formatFileSize(stored.data.attributes.file_size)})
              </>
            ) : (
              t`Attached file`
            )}
          </p>
          <button type="button" onClick={() => setValue('upload_id', '')}>
            <Trans>Remove attachment</Trans>
          </button>
        </div>
      ) : (
        <div {...getRootProps({ className: `dropzone${isDragActive ? ' active' : ''}` })}>
          <input {...getInputProps({ 'aria-label': t`Attachment file` })} />
          <p>
            <Trans>Drop one PDF, JPEG or PNG here (15 MB at most), or</Trans>
          </p>
          <button type="button" onClick={open} disabled={upload.isPending}>
            <Trans>Choose a file</Trans>
          </button>
          {upload.isPending && (
            <p role="status">
              <Trans>Uploading…</Trans>
            </p>
          )}
        </div>
      )}
      {rejection && (
        <p className="error-message" role="alert">
          {rejection}
        </p>
      )}
      {upload.isError && <ErrorMessage error={upload.error} title={t`The file could not be uploaded.`} />}
      <FieldError name="upload_id" message={error} />
    </fieldset>
  );
}
