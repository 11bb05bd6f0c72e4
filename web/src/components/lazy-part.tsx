import { Trans, useLingui } from '@lingui/react/macro';
import { Component, startTransition, type ComponentType, type ReactNode } from 'react';
import { withPagesCatalog } from '../lib/i18n/activate-language.ts';
import { lazyComponent } from '../lib/lazy-component.ts';
import { ErrorMessage } from './error-message.tsx';

/**
 * A part of a page that is not on screen when the page opens (a dialog, a confirmation), so its code is not part of
 * the page's first load. Show it from a transition (`startTransition`): the page stays as it is while the code loads,
 * instead of the page's loading status replacing it. If the code cannot be loaded, the failure is shown in the
 * part's place with a retry, and the rest of the page (a half-typed form) is kept. Its messages are in the catalog's
 * second part (lingui.config.ts), loaded with its code.
 */
export function lazyPart<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  const { Lazy, preload } = lazyComponent(withPagesCatalog(load));
  function Part(props: Props) {
    return (
      <PartErrorBoundary onRetry={preload}>
        <Lazy {...props} />
      </PartErrorBoundary>
    );
  }
  return { Part, preload };
}

class PartErrorBoundary extends Component<{ children: ReactNode; onRetry: () => void }, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('Unknown error') };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    const retry = () => {
      this.props.onRetry();
      startTransition(() => this.setState({ error: undefined }));
    };
    return <PartError error={this.state.error} onRetry={retry} />;
  }
}

/** A part of the page whose code could not be loaded, in its place, with a retry. */
export function PartError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useLingui();
  return (
    <div className="part-error">
      <ErrorMessage error={error} title={t`This part of the page could not be loaded.`} />
      <button type="button" onClick={onRetry}>
        <Trans>Try again</Trans>
      </button>
    </div>
  );
}
