import { useTranslation } from 'react-i18next';
import { BoardPage } from '../features/board/BoardPage.js';

export function App() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'zh' : 'en';
  return (
    <div className="app">
      <header className="app__bar">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="app__subtitle">{t('app.subtitle')}</p>
        </div>
        <button
          type="button"
          className="app__language"
          lang={other === 'en' ? 'en' : 'zh-CN'}
          aria-label={t('app.switchLanguageLabel')}
          onClick={() => void i18n.changeLanguage(other)}
        >
          {t('app.switchLanguage')}
        </button>
      </header>
      <main>
        <BoardPage />
      </main>
    </div>
  );
}
