import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { BoardPage } from '../features/board/BoardPage.js';
import { CalendarPage } from '../features/calendar/CalendarPage.js';
import { ProjectPage } from '../features/project/ProjectPage.js';
import { TemplatesPage } from '../features/templates/TemplatesPage.js';
import { PortfolioTimelinePage } from '../features/timeline/PortfolioTimelinePage.js';

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
        <nav className="app__nav" aria-label={t('nav.label')}>
          <NavLink to="/" end>
            {t('nav.board')}
          </NavLink>
          <NavLink to="/timeline">{t('nav.timeline')}</NavLink>
          <NavLink to="/calendar">{t('nav.calendar')}</NavLink>
          <NavLink to="/templates">{t('nav.templates')}</NavLink>
        </nav>
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
        <Routes>
          <Route path="/" element={<BoardPage />} />
          <Route path="/projects/:id" element={<ProjectPage />} />
          <Route path="/timeline" element={<PortfolioTimelinePage />} />
          <Route path="/calendar" element={<CalendarPage />} />
          <Route path="/templates" element={<TemplatesPage />} />
        </Routes>
      </main>
    </div>
  );
}
