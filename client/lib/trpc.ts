import { QueryCache, QueryClient } from '@tanstack/react-query';
import {
  createTRPCClient,
  httpBatchLink,
  httpLink,
  httpSubscriptionLink,
  splitLink,
  TRPCClientError,
} from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import superjson from 'superjson';
import type { AppRouter } from '../../server/api/router.js';
import { shareBoard } from './share-board.js';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function makeQueryClient() {
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: {
      queries: { staleTime: 5_000, retry: (count, error) => count < 1 && !isUnauthorized(error) },
    },
    // A session that expired or was revoked: ask who we are again, which shows the sign-in page. Not
    // while that question is on its way (a board asked for beside it at the start, signed out).
    queryCache: new QueryCache({
      onError: (error) => {
        const me = { queryKey: [['auth', 'me']] };
        if (isUnauthorized(error) && queryClient.isFetching(me) === 0) void queryClient.invalidateQueries(me);
      },
    }),
  });
  // Cards keep their identity by id across refetches and live patches, so only changed ones render.
  queryClient.setQueryDefaults([['board', 'get']], { structuralSharing: shareBoard });
  return queryClient;
}

function isUnauthorized(error: unknown): boolean {
  return error instanceof TRPCClientError && error.data?.code === 'UNAUTHORIZED';
}

export function makeTrpcClient() {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        // Subscriptions are server-sent-event streams (board.events); everything else is batched.
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({ url: '/trpc', transformer: superjson }),
        false: splitLink({
          // The board comes as the server's ready bytes on a GET of its own (compressed, with an ETag the
          // browser revalidates), which a batch would not be (server/http-board.ts).
          condition: (op) => op.path === 'board.get',
          true: httpLink({ url: '/trpc', transformer: superjson }),
          // The server refuses a batch of more than 20 calls (MAX_BATCH_CALLS in server/http-guards.ts).
          false: httpBatchLink({ url: '/trpc', transformer: superjson, maxItems: 20 }),
        }),
      }),
    ],
  });
}
