import { visibleWhitespace } from '../editor/visibleWhitespace.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

// Long passages (a duplicated paragraph) are shown by their ends; the text pane shows them whole.
const EDGE = 48;

function shorten(text: string): string {
  const chars = [...text];
  return chars.length <= EDGE * 2 + 1 ? text : `${chars.slice(0, EDGE).join('')} … ${chars.slice(-EDGE).join('')}`;
}

/** A change as the reviewer should read it: the old text struck, the new text marked, whitespace visible. */
export function BeforeAfter({ before, after }: { before: string; after: string }) {
  const { t } = useI18n();
  return (
    <span className="before-after">
      {before && <del className="ba-before" title={before}>{visibleWhitespace(shorten(before))}</del>}
      <span className="ba-arrow" aria-hidden="true">→</span>
      {after ? <ins className="ba-after" title={after}>{visibleWhitespace(shorten(after))}</ins> : <span className="ba-none">{t('repair.deleteOnly')}</span>}
    </span>
  );
}
