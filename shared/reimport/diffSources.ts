import dmp from 'diff-match-patch';

/** One run of a diff: -1 deleted from the old text, 1 inserted in the new, 0 in both. */
export type DiffRun = [op: -1 | 0 | 1, text: string];

/**
 * Diffs two versions of a source text exactly: Diff_Timeout = 0, because with its default 1-second timeout
 * diff-match-patch silently returns a coarse, near-total rewrite on large inputs. Line mode first (fast on
 * long reports), then character level inside the changed lines, which diff_main does with checklines.
 * Callers run it off the UI thread.
 */
export function diffSources(oldText: string, newText: string): DiffRun[] {
  const differ = new dmp.diff_match_patch();
  differ.Diff_Timeout = 0;
  return differ.diff_main(oldText, newText, true) as DiffRun[];
}
