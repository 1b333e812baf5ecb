/**
 * Prints a list exactly as the CLI prints any value (`--json`: `JSON.stringify(list, null, 2)`; otherwise one
 * formatted item a line), but a batch at a time and waiting for the pipe to drain: a million findings of a
 * 50 MB report would otherwise have to fit one string (V8 refuses strings past about 512 MB) and sit in
 * memory twice.
 */

/** Characters gathered before a write: large enough that writes are few, small enough to stay cheap. */
const BATCH_CHARS = 1 << 20;
/** Items stringified by one JSON.stringify call with --json. */
const ITEMS_PER_SLICE = 500;

export interface ListOutput {
  write(chunk: string): boolean;
  once(event: 'drain' | 'close', listener: () => void): unknown;
  removeListener(event: 'drain' | 'close', listener: () => void): unknown;
  /** True once the reader has gone (`| head` closed the pipe): the rest of the list has nowhere to go. */
  readonly destroyed?: boolean;
}

export async function printList<T>(
  items: readonly T[], json: boolean, formatItem: (item: T) => string, whenEmpty: string,
  out: ListOutput = process.stdout,
): Promise<void> {
  let batch = '';
  const flush = async (): Promise<void> => {
    const chunk = batch;
    batch = '';
    if (chunk !== '' && !out.destroyed && !out.write(chunk)) await drainedOrClosed(out);
  };
  const add = async (piece: string): Promise<void> => {
    batch += piece;
    if (batch.length >= BATCH_CHARS) await flush();
  };

  if (items.length === 0) {
    await add(json ? '[]\n' : withFinalNewline(whenEmpty));
  } else if (json) {
    // A slice of the list stringified as an array is the whole array's text for those items between its
    // brackets ("[\n" … "\n]"): one native call per slice instead of one per item, and no re-indenting.
    await add('[\n');
    for (let from = 0; from < items.length; from += ITEMS_PER_SLICE) {
      const slice = JSON.stringify(items.slice(from, from + ITEMS_PER_SLICE), null, 2);
      const last = from + ITEMS_PER_SLICE >= items.length;
      await add(`${slice.slice(2, -2)}${last ? '' : ','}\n`);
    }
    await add(']\n');
  } else {
    for (let i = 0; i < items.length; i += 1) {
      const line = formatItem(items[i] as T);
      await add(i + 1 < items.length ? `${line}\n` : lastLine(line, items.length));
    }
  }
  await flush();
}

/** Waits until the pipe takes more, or until it is closed (then no 'drain' ever comes). */
function drainedOrClosed(out: ListOutput): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = (): void => {
      out.removeListener('drain', done);
      out.removeListener('close', done);
      resolve();
    };
    out.once('drain', done);
    out.once('close', done);
  });
}

function withFinalNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** The last line as `print` ends the joined text: a newline added unless the text already ends with one. */
function lastLine(line: string, count: number): string {
  if (line === '') return count > 1 ? '' : '\n';
  return withFinalNewline(line);
}
