import { useQuery } from '@tanstack/react-query';
import type { Actor } from '../../../server/domain/permissions.js';
import { useTRPC } from '../../lib/trpc.js';

export function useMe() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000 });
}

/** The signed-in person; only used below the sign-in gate, where there always is one. */
export function useActor(): Actor {
  const me = useMe();
  if (!me.data) throw new Error('useActor outside a signed-in page');
  return me.data.actor;
}
