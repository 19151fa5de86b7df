import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';

export type Visitor = 'pending' | 'signedOut' | { id: number; role: string };

/**
 * A viewer (a district leader) wants the big picture first: right after signing in on the plain board's
 * address, the dashboard opens instead. Only after a sign-in seen on this page: a reload, a new tab, the
 * board link or a link with a filter open the board as asked.
 */
export function useViewerLanding(visitor: Visitor) {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const hasSeenSignIn = useRef(false);
  const userId = typeof visitor === 'object' ? visitor.id : null;
  useEffect(() => {
    if (visitor === 'signedOut') hasSeenSignIn.current = true;
    if (typeof visitor !== 'object' || !hasSeenSignIn.current) return;
    hasSeenSignIn.current = false;
    if (visitor.role === 'viewer' && pathname === '/' && search === '') void navigate('/dashboard', { replace: true });
    // Only when someone signs in or out, not on every page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visitor === 'signedOut', userId]);
}
