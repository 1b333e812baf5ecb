/**
 * `indicator-workbench suggest … | head`: when the reader closes the pipe, writing to stdout fails with EPIPE.
 * Left alone, Node throws that as an unhandled 'error' event with a stack trace, in the middle of a command
 * whose work may already be saved. The output has simply nowhere to go: the command finishes as usual (its
 * project lock released, its exit status unchanged) and what is left to print is dropped.
 */
export function dropOutputWhenReaderCloses(stream: NodeJS.WritableStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}
