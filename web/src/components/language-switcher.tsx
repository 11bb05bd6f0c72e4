import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useState } from 'react';
import { activateLanguage } from '../lib/i18n/activate-language.ts';
import { isLanguage, languageAutonym, languages } from '../lib/i18n/languages.ts';

/**
 * Each language is named in itself, so a user lost in a language they cannot read still finds theirs.
 * Switching re-renders the words in place: no page reload, no remount, so forms and drafts keep their state.
 */
export function LanguageSwitcher() {
  const { i18n } = useLingui();
  const id = useId();
  const [switching, setSwitching] = useState(false);
  return (
    <div className="language-switcher">
      <label htmlFor={id}>
        <Trans>Language</Trans>
      </label>
      <select
        id={id}
        value={i18n.locale}
        aria-busy={switching}
        onChange={(event) => {
          const language = event.target.value;
          if (!isLanguage(language)) return;
          setSwitching(true);
          void activateLanguage(language, true).finally(() => setSwitching(false));
        }}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageAutonym(language)}
          </option>
        ))}
      </select>
    </div>
  );
}
