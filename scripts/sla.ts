/**
 * The deadline engine on the command line:
 *   npm run --silent sla -- --plan <vendor>/<tier> [--severity <id> | --request-type <id>] --opened <YYYY-MM-DDTHH:mm>
 *     --tz <IANA zone> [--attribute <name>=<value>]... [--add-on <id>]... [--started <YYYY-MM-DDTHH:mm>]
 *     [--holidays YYYY-MM-DD,...] [--region CN] [--json] [--locale <locale>]
 * Bad input: one line naming the bad value and the valid choices, exit code 2; an invalid catalogue:
 * its located errors, exit code 1 (see sla-command.ts). The exit code is set, never forced with
 * process.exit, so output written to a pipe always arrives whole; a pipe its reader closes early
 * ends it quietly with exit code 0.
 */
import { catalogueDir } from '../src/node/catalogue-files.ts';
import { endQuietlyWhenPipesClose } from '../src/node/closed-pipes.ts';
import { runSla } from './sla-command.ts';

// `… --json | head -1`: a reader that closes the pipe early ends the command quietly, exit code 0.
endQuietlyWhenPipesClose();
const run = runSla(process.argv.slice(2), catalogueDir());
process.exitCode = run.status;
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
