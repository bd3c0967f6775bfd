/**
 * A command that ends with a code of its own (batch: 2 when some pages failed, 130 on Ctrl-C)
 * throws this after printing what it had to say; run() returns the code without a message.
 */
export class CommandExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'CommandExit';
  }
}
