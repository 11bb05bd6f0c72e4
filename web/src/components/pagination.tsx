import type { PaginationMeta } from '@composer/shared';

/** Previous / next through one of Qonto's paginated lists; shown only when there is more than one page. */
export function Pagination({ meta, onPage }: { meta: PaginationMeta | undefined; onPage: (page: number) => void }) {
  if (!meta || (meta.total_pages ?? 1) <= 1) return null;
  const { prev_page: previous, next_page: next } = meta;
  return (
    <nav aria-label="Pagination" className="pagination">
      <button type="button" className="button" disabled={!previous} onClick={() => previous && onPage(previous)}>
        Previous page
      </button>
      <span>
        Page {meta.current_page} of {meta.total_pages}
      </span>
      <button type="button" className="button" disabled={!next} onClick={() => next && onPage(next)}>
        Next page
      </button>
    </nav>
  );
}
