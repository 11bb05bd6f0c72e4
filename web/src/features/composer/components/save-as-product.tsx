import { Trans, useLingui } from '@lingui/react/macro';
import { startTransition, useState } from 'react';
import { lazyPart } from '../../../components/lazy-part.tsx';

const { Part: SaveAsProductForm, preload } = lazyPart(() =>
  import('./save-as-product-form.tsx').then((module) => module.SaveAsProductForm),
);

/** "Save as product": the line becomes a product of the organization's catalogue (POST /v2/products). */
export function SaveAsProduct({ index }: { index: number }) {
  const { t } = useLingui();
  const line = index + 1;
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');
  return (
    <>
      {asking ? (
        <SaveAsProductForm
          index={index}
          onMessage={setMessage}
          onDone={(title) => {
            setAsking(false);
            setMessage(t`Saved as product “${title}”.`);
          }}
          onCancel={() => setAsking(false)}
        />
      ) : (
        <button
          type="button"
          onPointerEnter={preload}
          onFocus={preload}
          onClick={() => {
            setMessage('');
            startTransition(() => setAsking(true));
          }}
        >
          <Trans>
            Save as product<span className="visually-hidden"> item {line}</span>
          </Trans>
        </button>
      )}
      <span role="status" className="save-as-product-status">
        {message}
      </span>
    </>
  );
}
