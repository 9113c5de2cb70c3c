import { useEffect } from 'react';
import { useQuery } from '../common/useQuery';

// A backup of an office's database takes seconds; asking twice a second shows it end without a lag anyone notices.
const POLL_MS = 500;

/** backup.overview, asked again and again while a job (this screen's, or the daily backup) is running. */
export function useOverview() {
  const overview = useQuery('backup.overview', {});
  const { data, reload } = overview;
  const running = data?.jobs.some((j) => j.state === 'running') ?? false;
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [running, data, reload]);
  return overview;
}
