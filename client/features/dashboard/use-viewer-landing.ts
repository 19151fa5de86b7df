import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';

const LANDED_KEY = 'backplan.landed';

/**
 * A viewer (a district leader) wants the big picture first: the first time this browser tab shows the
 * plain board after signing in, it goes to the dashboard instead. Once per tab and person, so the
 * board link, a reload of the board or a link with a filter open the board as asked.
 */
export function useViewerLanding(user: { id: number; role: string } | undefined) {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  useEffect(() => {
    if (!user) return;
    const landed = sessionStorage.getItem(LANDED_KEY) === String(user.id);
    sessionStorage.setItem(LANDED_KEY, String(user.id));
    if (!landed && user.role === 'viewer' && pathname === '/' && search === '') {
      void navigate('/dashboard', { replace: true });
    }
    // Only when the person signed in changes, not on every page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user?.id]);
}
