import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App.js';
import { NoticeProvider } from './app/notices.js';
import './lib/i18n.js';
import { TRPCProvider, makeQueryClient, makeTrpcClient } from './lib/trpc.js';
import './styles.css';
import './ui/ui.css';

function Root() {
  const [queryClient] = useState(makeQueryClient);
  const [trpcClient] = useState(makeTrpcClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <NoticeProvider>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </NoticeProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
