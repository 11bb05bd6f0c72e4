import { Trans, useLingui } from '@lingui/react/macro';
import type { PaginationMeta } from '@composer/shared/schemas/pagination-meta';

/** Previous / next through one of Qonto's paginated lists; shown only when there is more than one page. */
export function Pagination({ meta, onPage }: { meta: PaginationMeta | undefined; onPage: (page: number) => void }) {
  const { t } = useLingui();
  if (!meta || (meta.total_pages ?? 1) <= 1) return null;
  const { prev_page: previous, next_page: next } = meta;
  return (
    <nav aria-label={t`Pagination`} className="pagination">
      <button type="button" className="button" disabled={!previous} onClick={() => previous && onPage(previous)}>
        <Trans>Previous page</Trans>
      </button>
      <span>
        <Trans>
          Page {meta.current_page} of {meta.total_pages}
        </Trans>
      </span>
      <button type="button" className="button" disabled={!next} onClick={() => next && onPage(next)}>
        <Trans>Next page</Trans>
      </button>
    </nav>
  );
}
