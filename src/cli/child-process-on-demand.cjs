/**
 * Stands in for node:child_process inside the CLI bundle (package.json's esbuild --alias; the bare name below escapes it).
 * commander requires child_process when it loads, for subcommands that are separate
 * executables; pagesift has none, yet loading it (with net, dgram and their bindings)
 * cost every `pagesift extract` several milliseconds. The real module loads on first use.
 */
let childProcess;
const load = () => (childProcess ??= require('child_process'));

module.exports = new Proxy({}, { get: (_target, name) => load()[name] });
