import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/apiClient.ts';
import { ApiProvider } from './api/ApiContext.tsx';
import { App } from './app/App.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import { I18nProvider } from './i18n/I18nContext.tsx';
import { SettingsProvider } from './settings/SettingsContext.tsx';
import { reportWindowErrors } from './app/reportError.ts';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const api = createApiClient();
// Errors outside React's drawing (event handlers, promises) go to the main process's log file too.
reportWindowErrors(api);

createRoot(container).render(
  <StrictMode>
    <ApiProvider client={api}>
      <SettingsProvider api={api}>
        <I18nProvider>
          <ErrorBoundary>
            <App />
          </ErrorBoundary>
        </I18nProvider>
      </SettingsProvider>
    </ApiProvider>
  </StrictMode>,
);
