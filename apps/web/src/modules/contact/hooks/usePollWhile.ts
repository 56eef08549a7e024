import { useEffect } from 'react';

const POLL_INTERVAL_MS = 1000;

/** Polls a query every second while `active` holds (e.g. a background job is running). */
export function usePollWhile(
  active: boolean,
  { startPolling, stopPolling }: { startPolling: (intervalMs: number) => void; stopPolling: () => void },
): void {
  useEffect(() => {
    if (!active) return;
    startPolling(POLL_INTERVAL_MS);
    return stopPolling;
  }, [active, startPolling, stopPolling]);
}
