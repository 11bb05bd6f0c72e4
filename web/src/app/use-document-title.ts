import { useEffect } from 'react';

// eslint-disable-next-line lingui/no-unlocalized-strings -- the product's name is a name, the same in every language
const product = 'Invoice Composer';

/**
 * The browser tab and the screen reader's page announcement name the page as its heading does, in the
 * UI language: the title follows the page's first heading, whichever page or language is shown.
 */
export function useDocumentTitle(): void {
  useEffect(() => {
    let scheduled = 0;
    const update = () => {
      scheduled = 0;
      const heading = document.querySelector('h1')?.textContent?.trim();
      const title = heading ? `${heading} · ${product}` : product;
      if (document.title !== title) document.title = title;
    };
    const observer = new MutationObserver(() => {
      scheduled ||= requestAnimationFrame(update);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    update();
    return () => {
      observer.disconnect();
      cancelAnimationFrame(scheduled);
    };
  }, []);
}
