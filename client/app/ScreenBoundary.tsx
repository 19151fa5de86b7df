import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A screen that could not load — most often its code chunk, gone after the app was updated while this
 * tab stayed open — says so and offers a reload, instead of leaving the page blank.
 */
export class ScreenBoundary extends Component<{ children: ReactNode; path: string }, { failedPath: string | null }> {
  override state = { failedPath: null as string | null };
  static getDerivedStateFromError() {
    return { failedPath: '' };
  }
  override componentDidUpdate() {
    // The failure belongs to the screen it happened on: moving to another screen tries again.
    if (this.state.failedPath === '') this.setState({ failedPath: this.props.path });
    else if (this.state.failedPath !== null && this.state.failedPath !== this.props.path) {
      this.setState({ failedPath: null });
    }
  }
  override render() {
    return this.state.failedPath === null ? this.props.children : <ScreenFailed />;
  }
}

function ScreenFailed() {
  const { t } = useTranslation();
  return (
    <div className="status status--error" role="alert">
      <p>{t('shell.screenFailed')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('shell.reload')}
      </button>
    </div>
  );
}
