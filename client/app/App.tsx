import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { AuditPage } from '../features/admin/AuditPage.js';
import { UnitsPage } from '../features/admin/UnitsPage.js';
import { UsersPage } from '../features/admin/UsersPage.js';
import { BlockersPage } from '../features/blockers/BlockersPage.js';
import { MyUnitPage } from '../features/blockers/MyUnitPage.js';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage.js';
import { SignInPage } from '../features/auth/SignInPage.js';
import { UserMenu } from '../features/auth/UserMenu.js';
import { useMe } from '../features/auth/use-session.js';
import { BoardPage } from '../features/board/BoardPage.js';
import { NewProjectButton } from '../features/project/NewProjectDialog.js';
import { CalendarPage } from '../features/calendar/CalendarPage.js';
import { LiveStatus } from '../features/live/LiveStatus.js';
import { DigestPage } from '../features/notifications/DigestPage.js';
import { NotificationBell } from '../features/notifications/NotificationBell.js';
import { MeetingModePage } from '../features/meeting/MeetingModePage.js';
import { MeetingPage } from '../features/meeting/MeetingPage.js';
import { MeetingsPage } from '../features/meeting/MeetingsPage.js';
import { MinutesPage } from '../features/meeting/MinutesPage.js';
import { ArchivedProjectsPage } from '../features/project/ArchivedProjectsPage.js';
import { ProjectPage } from '../features/project/ProjectPage.js';
import { TemplatesPage } from '../features/templates/TemplatesPage.js';
import { PortfolioTimelinePage } from '../features/timeline/PortfolioTimelinePage.js';
import { LanguageSwitch } from './LanguageSwitch.js';

/** Nobody signed in: the sign-in page; a password to change first: that page; otherwise the app. */
export function App() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <p className="status">{t('auth.loading')}</p>;
  if (!me.data) return <SignInPage />;
  if (me.data.mustChangePassword) return <ChangePasswordPage />;
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
          <NavLink to="/blockers">{t('nav.blockers')}</NavLink>
          <NavLink to="/meetings">{t('meetings.nav')}</NavLink>
          {(me.data.actor.role === 'editor' || me.data.actor.unitIds.length > 0) && (
            <NavLink to="/my-unit">{t('nav.myUnit')}</NavLink>
          )}
          <NavLink to="/timeline">{t('nav.timeline')}</NavLink>
          <NavLink to="/projects/archived">{t('project.archive.nav')}</NavLink>
          <NavLink to="/calendar">{t('nav.calendar')}</NavLink>
          <NavLink to="/templates">{t('nav.templates')}</NavLink>
          {me.data.actor.role === 'admin' && (
            <>
              <NavLink to="/admin/users">{t('nav.users')}</NavLink>
              <NavLink to="/admin/units">{t('nav.units')}</NavLink>
              <NavLink to="/admin/audit">{t('nav.audit')}</NavLink>
            </>
          )}
        </nav>
        <LiveStatus />
        <NotificationBell />
        <UserMenu />
        <LanguageSwitch />
      </header>
      {me.data.demoAccountsActive && (
        <p className="demo-notice" role="note">
          {t('auth.demoNotice')}
        </p>
      )}
      <main>
        <Routes>
          <Route path="/" element={<BoardPage newProject={<NewProjectButton />} />} />
          <Route path="/projects/archived" element={<ArchivedProjectsPage />} />
          <Route path="/projects/:id" element={<ProjectPage />} />
          <Route path="/blockers" element={<BlockersPage />} />
          <Route path="/meetings" element={<MeetingsPage />} />
          <Route path="/meetings/:id" element={<MeetingPage />} />
          <Route path="/meetings/:id/run" element={<MeetingModePage />} />
          <Route path="/meetings/:id/minutes" element={<MinutesPage />} />
          <Route path="/my-unit" element={<MyUnitPage />} />
          <Route path="/digest" element={<DigestPage />} />
          <Route path="/timeline" element={<PortfolioTimelinePage />} />
          <Route path="/calendar" element={<CalendarPage />} />
          <Route path="/templates" element={<TemplatesPage />} />
          <Route path="/admin/users" element={<UsersPage />} />
          <Route path="/admin/units" element={<UnitsPage />} />
          <Route path="/admin/audit" element={<AuditPage />} />
        </Routes>
      </main>
    </div>
  );
}
