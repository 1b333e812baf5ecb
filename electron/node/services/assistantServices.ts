import { readFile } from 'node:fs/promises';
import { openableDocuments } from '../project/openableDocuments.ts';
import type { ServiceTable } from '../../../shared/api/contract.ts';
import type { SuggestionView } from '../../../shared/api/views.ts';
import { checksPage } from '../../../shared/checks/index.ts';
import { DEFAULT_CODEBOOK, codebookFromJson, codebookToJson, type Codebook } from '../../../shared/codebook/index.ts';
import { WorkbenchError, refusal } from '../../../shared/errors/workbenchError.ts';
import { errorReason } from '../../../shared/errors/errorReasons.ts';
import { withLearnedSynonym, type Decisions } from '../../../shared/suggest/index.ts';
import { writeFileAtomic } from '../store/atomicWrite.ts';
import { commitChanges } from './commitChanges.ts';
import { analysedSuggestions } from './suggestionAnalysis.ts';
import { decisionCounts, type DecisionCounts } from './decisionCounts.ts';
import { suggestionViews } from './suggestionViews.ts';
import { keptChecks } from './keptChecks.ts';
import type { LoadedDocument } from '../project/loadedDocument.ts';
import type { Operation } from './operations.ts';
import type { ServiceContext } from './serviceContext.ts';

type AssistantServices = Pick<ServiceTable,
  'codebook.get' | 'codebook.set' | 'codebook.addSynonym' | 'suggestions.list' | 'dismissals.set' | 'checks.list' | 'checks.dismiss'>;

/** The indicator assistant: the project's codebook, suggested records, and consistency checks. */
export function assistantServices(ctx: ServiceContext): AssistantServices {
  const { session } = ctx;
  let cached: Codebook | null = null;

  const codebook = async (): Promise<Codebook> => {
    if (cached) return cached;
    const json = await readFile(session.layout.codebookFile, 'utf8').catch(() => null);
    try {
      cached = json === null ? DEFAULT_CODEBOOK : codebookFromJson(json);
    } catch (e) {
      throw new WorkbenchError('CORRUPT_FILE', `${session.layout.codebookFile}: ${e instanceof Error ? e.message : String(e)}`);
    }
    return cached;
  };

  const checks = keptChecks();
  const currentFindings = async (op: Operation) => {
    const book = await codebook();
    const docs = await openableDocuments(session);
    // Plausibility findings (a number against its series) are listed, dismissed and remembered like the others.
    return checks.findings(docs, book, (input) => op.run('checks', input));
  };

  /** The project's decisions so far (every record and every rejected suggestion), kept up to date by change. */
  let decisions: { book: Codebook; counts: DecisionCounts } | null = null;
  const projectDecisions = (book: Codebook, docs: readonly LoadedDocument[]): Decisions => {
    if (decisions?.book !== book) decisions = { book, counts: decisionCounts(book) };
    return decisions.counts.update(docs);
  };

  const listSuggestions = async (docId: string, includeDismissed: boolean, op: Operation): Promise<SuggestionView[]> => {
    const doc = await session.document(docId);
    const book = await codebook();
    // The view and its index as analysed: a correction saved while the worker runs makes new ones.
    const { view, correctedIndex } = doc;
    const suggestions = await analysedSuggestions(doc, book, op);
    const docs = await openableDocuments(session);
    // From here on nothing awaits: the views are brought up to date with one state of the project.
    return suggestionViews(doc, { suggestions, view, correctedIndex, book }, projectDecisions(book, docs), includeDismissed);
  };

  return {
    'codebook.get': () => codebook(),

    'codebook.set'({ json }) {
      return session.exclusive(async () => {
        const next = codebookFromJson(json);
        await writeFileAtomic(session.layout.codebookFile, codebookToJson(next));
        cached = next;
        return next;
      });
    },

    'codebook.addSynonym'({ phrase, indicator }) {
      return session.exclusive(async () => {
        const current = await codebook();
        const next = withLearnedSynonym(current, phrase, indicator);
        if (next === current) return { added: false, codebook: current };
        await writeFileAtomic(session.layout.codebookFile, codebookToJson(next));
        cached = next;
        return { added: true, codebook: next };
      });
    },

    'suggestions.list'({ docId, includeDismissed, operationId }) {
      return ctx.operations.track('suggestions.list', operationId, (op) => listSuggestions(docId, includeDismissed, op));
    },

    'dismissals.set'({ docId, itemId, dismissed, by, pattern }) {
      return session.withDocument(docId, async (doc) => {
        const before = doc.db.data.dismissed[itemId] ?? null;
        if ((before !== null) === dismissed) return { itemId, dismissed };
        const at = ctx.now();
        await commitChanges(doc, {
          by, at, action: dismissed ? 'dismiss' : 'undismiss', summary: `${dismissed ? 'rejected' : 'restored'} suggestion/finding ${itemId}`,
          changes: [{ entity: 'dismissal', id: itemId, before, after: dismissed ? { by, at, ...(pattern ? { pattern } : {}) } : null }],
        });
        return { itemId, dismissed };
      });
    },

    'checks.dismiss'({ findingId, dismissed, by }) {
      return session.exclusive(async () => {
        const all = { ...(session.project.data.dismissedChecks ?? {}) };
        // Dismissing takes a finding the checks report now; restoring, one that was dismissed. Anything else is
        // a typo, which would otherwise be remembered silently and never match.
        const known = dismissed
          ? (await ctx.operations.track('checks.list', undefined, currentFindings)).some((f) => f.id === findingId)
          : Object.hasOwn(all, findingId);
        if (!known) {
          throw refusal('NOT_FOUND', errorReason(dismissed ? 'check.notFound' : 'check.notDismissed', { findingId }));
        }
        if (dismissed) all[findingId] = { by, at: ctx.now() };
        else delete all[findingId];
        session.project.data.dismissedChecks = all;
        await session.project.write();
        return { findingId, dismissed };
      });
    },

    'checks.list'({ includeDismissed, offset, limit, operationId }) {
      return ctx.operations.track('checks.list', operationId, async (op) => {
        const findings = await currentFindings(op);
        const dismissed = session.project.data.dismissedChecks ?? {};
        const listed = findings.map((f) => ({ ...f, dismissed: Object.prototype.hasOwnProperty.call(dismissed, f.id) }));
        return checksPage(listed, includeDismissed, offset, limit);
      });
    },
  };
}
