/**
 * How long `czp dev` runs: until Ctrl+C (SIGINT) or SIGTERM. Tests end it with stopDevServers() instead of a signal,
 * which would reach the test runner too.
 */
const stoppers = new Set<() => void>();

export function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      stoppers.delete(stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    stoppers.add(stop);
  });
}

/** Ends every running `czp dev` of this process, as Ctrl+C would. */
export function stopDevServers(): void {
  for (const stop of [...stoppers]) stop();
}
