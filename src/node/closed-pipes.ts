/**
 * A command-line script whose output is piped to a reader that stops early (`| head -1`, a pager
 * closed before the end) gets EPIPE on its next write. That is the reader's choice, not a crash: the
 * script stops writing and ends quietly, without a stack trace.
 */

export interface ClosedPipeOptions {
	/**
	 * The exit code to end with: 0 by default (the reader had what it wanted), or `'keep'` for a
	 * command whose code is a verdict a pipeline must still see (validation).
	 */
	exitCode?: 0 | 'keep';
	streams?: readonly NodeJS.WriteStream[];
}

/** Makes a closed stdout or stderr end the process quietly; other write errors still throw. */
export function endQuietlyWhenPipesClose({
	exitCode = 0,
	streams = [process.stdout, process.stderr],
}: ClosedPipeOptions = {}): void {
	for (const stream of streams)
		stream.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code !== 'EPIPE') throw error;
			// Nothing more can reach the reader: drop what is still queued.
			if (exitCode !== 'keep') process.exitCode = exitCode;
			stream.destroy();
		});
}
