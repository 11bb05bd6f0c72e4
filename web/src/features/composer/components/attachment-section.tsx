import { qontoLimits } from '@composer/shared';
import { useDropzone, type FileRejection } from 'react-dropzone';
import { useState } from 'react';
import { useController, type Control } from 'react-hook-form';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { formatFileSize } from '../../../lib/format.ts';
import { useUpload, useUploadAttachment } from '../api/uploads.ts';
import type { ComposerValues } from '../model/composer-values.ts';
import { FieldError, messageOf } from './field-error.tsx';

/** One PDF, JPEG or PNG attached to the invoice, uploaded through the app server. */
export function AttachmentSection({ control, onChanged }: { control: Control<ComposerValues>; onChanged: () => void }) {
  const { field, fieldState } = useController({ control, name: 'upload_id' });
  const upload = useUploadAttachment();
  const stored = useUpload(field.value);
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
      upload.mutate(file, {
        onSuccess: (data) => {
          field.onChange(data.id);
          onChanged();
        },
      });
    },
    onDropRejected: (rejections: FileRejection[]) =>
      setRejection(rejections[0]?.errors.map((error) => error.message).join(' ') ?? 'This file cannot be attached.'),
  });
  return (
    <fieldset className="section">
      <legend>Attachment</legend>
      {field.value ? (
        <div className="attachment">
          <p>
            {stored.data ? (
              <>
                <strong>{stored.data.attributes.filename}</strong> ({formatFileSize(stored.data.attributes.file_size)})
              </>
            ) : (
              'Attached file'
            )}
          </p>
          <button
            type="button"
            onClick={() => {
              field.onChange('');
              onChanged();
            }}
          >
            Remove attachment
          </button>
        </div>
      ) : (
        <div {...getRootProps({ className: `dropzone${isDragActive ? ' active' : ''}` })}>
          <input {...getInputProps({ 'aria-label': 'Attachment file' })} />
          <p>Drop one PDF, JPEG or PNG here (15 MB at most), or</p>
          <button type="button" onClick={open} disabled={upload.isPending}>
            Choose a file
          </button>
          {upload.isPending && <p role="status">Uploading…</p>}
        </div>
      )}
      {rejection && (
        <p className="error-message" role="alert">
          {rejection}
        </p>
      )}
      {upload.isError && <ErrorMessage error={upload.error} title="The file could not be uploaded." />}
      <FieldError name="upload_id" message={messageOf(fieldState.error)} />
    </fieldset>
  );
}
