import { Trans, useLingui } from '@lingui/react/macro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { PartError } from '../../../components/lazy-part.tsx';
import { formatFileSize } from '../../../lib/format.ts';
import { withPagesCatalog } from '../../../lib/i18n/activate-language.ts';
import { lazyComponent } from '../../../lib/lazy-component.ts';
import { useUpload, useUploadAttachment } from '../api/uploads.ts';
import { useComposerForm } from '../form/composer-form.tsx';
import type { AttachmentDropZoneProps, EarlyAction } from './attachment-drop-zone.tsx';
import { AttachmentDropZoneText } from './attachment-drop-zone-text.tsx';
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
        <DropZoneSlot
          uploading={upload.isPending}
          onAccepted={(file) => {
            setRejection(undefined);
            upload.mutate(file, { onSuccess: (data) => setValue('upload_id', data.id) });
          }}
          onRejected={setRejection}
        />
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

/**
 * The drop zone's code (react-dropzone) is not part of the page's first load: it loads when the user comes near the
 * zone (pointer or focus) or drags something over the page. Until it has, the same zone is shown without it; a drop
 * or a "Choose a file" made meanwhile is done once it has, and the focus stays on the button.
 */
const dropZone = lazyComponent(withPagesCatalog(() => import('./attachment-drop-zone.tsx').then((module) => module.AttachmentDropZone)));

function DropZoneSlot(props: Omit<AttachmentDropZoneProps, 'early' | 'focusOnMount'>) {
  // Once loaded, the zone is there at once (an attachment removed brings it back).
  const [loaded, setLoaded] = useState(() => {
    const Zone = dropZone.current();
    return Zone && { Zone, focusOnMount: false };
  });
  const [failure, setFailure] = useState<unknown>();
  const [early, setEarly] = useState<EarlyAction>();
  const placeholder = useRef<HTMLDivElement>(null);
  const want = useCallback(() => {
    setFailure(undefined);
    dropZone
      .load()
      .then(
        (Zone) => setLoaded((shown) => shown ?? { Zone, focusOnMount: placeholder.current?.contains(document.activeElement) ?? false }),
        setFailure,
      );
  }, []);
  useEffect(() => {
    // A file dropped beside the zone would otherwise replace the page, and the form with it.
    const keepPage = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragenter', want);
    window.addEventListener('dragover', keepPage);
    window.addEventListener('drop', keepPage);
    return () => {
      window.removeEventListener('dragenter', want);
      window.removeEventListener('dragover', keepPage);
      window.removeEventListener('drop', keepPage);
    };
  }, [want]);
  if (loaded) return <loaded.Zone {...props} early={early} focusOnMount={loaded.focusOnMount} />;
  return (
    <>
      <div
        ref={placeholder}
        className="dropzone"
        onPointerEnter={want}
        onFocus={want}
        onDrop={(event) => {
          event.preventDefault();
          setEarly({ kind: 'drop', files: [...event.dataTransfer.files] });
          want();
        }}
      >
        <AttachmentDropZoneText
          uploading={props.uploading}
          onChoose={() => {
            setEarly({ kind: 'choose' });
            want();
          }}
        />
      </div>
      {failure !== undefined && <PartError error={failure} onRetry={want} />}
    </>
  );
}
