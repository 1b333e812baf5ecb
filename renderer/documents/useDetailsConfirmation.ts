import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../shared/api/views.ts';
import { hasUnsureGuess } from '../../shared/document/detailGuess.ts';

/**
 * The documents waiting for the import's confirm step: those that appear in the document list after it was
 * first loaded (an import from the browser dialog or from the Electron menu), not yet confirmed, with at least
 * one unsure guess. Documents already there when the project opened are not asked about again.
 */
export function useDetailsConfirmation(docs: DocumentSummary[] | null): { pending: DocumentSummary[]; done(): void } {
  const known = useRef<Set<string> | null>(null);
  const [pending, setPending] = useState<DocumentSummary[]>([]);

  useEffect(() => {
    if (!docs) return;
    if (!known.current) {
      known.current = new Set(docs.map((d) => d.docId));
      return;
    }
    const fresh = docs.filter((d) => !known.current!.has(d.docId));
    for (const d of fresh) known.current.add(d.docId);
    const asking = fresh.filter((d) => !d.detailsConfirmed && hasUnsureGuess(d.detailGuesses));
    if (asking.length > 0) setPending((p) => [...p, ...asking]);
  }, [docs]);

  const done = useCallback(() => setPending([]), []);
  return { pending, done };
}
