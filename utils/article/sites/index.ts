/** Site profiles by host; anything else takes the generic path. */
import type { SiteProfile } from './types';
import { changcheng } from './changcheng';

export const PROFILES: SiteProfile[] = [changcheng];

export function profileFor(url: string): SiteProfile | null {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return PROFILES.find((p) => p.hosts.some((re) => re.test(host))) ?? null;
}
