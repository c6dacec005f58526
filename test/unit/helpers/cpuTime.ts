/**
 * Milliseconds of processor time `work` takes. Timing tests compare these, not wall time: on a
 * loaded machine a long run is preempted more often than a short one, and its wall time grows
 * with its length for no fault of the code.
 */
export function cpuMillis(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
