/**
 * How a command ends with an exit code of its own after printing its result
 * (check: 1 some fixtures fail, 2 fixtures broken). Thrown, so the exit code
 * is set in one place (main.ts) like every other.
 */
export class CommandExit extends Error {
  readonly exitCode: number;
  /** Printed as `pagesift: <message>` on stderr when not null. */
  readonly reason: string | null;
  constructor(exitCode: number, reason: string | null = null) {
    super(reason ?? `exit ${exitCode}`);
    this.name = 'CommandExit';
    this.exitCode = exitCode;
    this.reason = reason;
  }
}
