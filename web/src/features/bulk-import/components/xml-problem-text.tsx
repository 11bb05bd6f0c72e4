import { Trans, useLingui } from '@lingui/react/macro';
import type { XmlProblem } from '@composer/shared/einvoice';

/** What is wrong with an embedded XML, in the user's language; the parser's own English words as a detail. */
export function XmlProblemText({ problem, xmlName }: { problem: XmlProblem; xmlName: string }) {
  const { t } = useLingui();
  switch (problem.code) {
    case 'not_well_formed': {
      const line = problem.line;
      return (
        <>
          {t`The XML ${xmlName} is malformed (line ${line}): Qonto and e-invoicing platforms will refuse it.`}{' '}
          <span lang="en">({problem.detail})</span>
        </>
      );
    }
    case 'not_utf8':
      return <Trans>The XML {xmlName} is malformed: its bytes are not UTF-8, as Factur-X requires. A platform may refuse it.</Trans>;
    case 'declared_encoding': {
      const encoding = problem.encoding;
      return (
        <Trans>
          The XML {xmlName} is malformed: it declares the encoding “{encoding}” where Factur-X requires UTF-8. It was read anyway, but a
          platform may refuse it.
        </Trans>
      );
    }
  }
}
