import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';
import { reportError } from './reportError.ts';

interface ErrorBoundaryState {
  error: Error | null;
  /** Where the error was written, to send to whoever looks after the app (known once the log answered). */
  logFile: string | null;
}

/**
 * The window never goes blank: an error while drawing the UI replaces it with what failed and a Reload button.
 * Nothing is lost by reloading: every change was saved when it was made. (React offers error boundaries only
 * as class components.)
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, logFile: null };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Shows in the DevTools console (and the e2e tests' error capture) with the component stack, and goes to the
    // main process's log file, so it can be sent to whoever looks after the app.
    console.error('The UI failed to draw:', error, info.componentStack);
    const stack = error instanceof Error ? error.stack ?? '' : '';
    void reportError(`the window failed to draw: ${error instanceof Error ? error.message : String(error)}`, `${stack}\ncomponent stack:${info.componentStack ?? ''}`)
      .then((logFile) => this.setState({ logFile }));
  }

  override render(): ReactNode {
    return this.state.error ? <CrashNotice error={this.state.error} logFile={this.state.logFile} /> : this.props.children;
  }
}

function CrashNotice({ error, logFile }: { error: Error; logFile: string | null }) {
  const { t } = useI18n();
  return (
    <main className="crash-notice" role="alert">
      <h1>{t('crash.heading')}</h1>
      <p>{t('crash.saved')}</p>
      <pre className="crash-message">{error.message}</pre>
      {logFile && <p className="crash-log">{t('crash.logFile')} <code>{logFile}</code></p>}
      <button type="button" className="primary" onClick={() => window.location.reload()} autoFocus>{t('crash.reload')}</button>
    </main>
  );
}
