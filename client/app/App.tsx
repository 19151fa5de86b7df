import { Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes, useLocation } from 'react-router';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage.js';
import { SignInPage } from '../features/auth/SignInPage.js';
import { UserMenu } from '../features/auth/UserMenu.js';
import { useMe } from '../features/auth/use-session.js';
import { BoardPage } from '../features/board/BoardPage.js';
import { useBoardPrefetch } from '../features/board/use-board-prefetch.js';
import { useViewerLanding } from '../features/dashboard/use-viewer-landing.js';
import { NewProjectButton } from '../features/project/NewProjectDialog.js';
import { LiveStatus } from '../features/live/LiveStatus.js';
import { NotificationBell } from '../features/notifications/NotificationBell.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { NavMenu } from './NavMenu.js';
import { NotFoundPage } from './NotFoundPage.js';
import { ScreenBoundary } from './ScreenBoundary.js';
import {
  ActionItemsPage,
  ArchivedProjectsPage,
  AuditPage,
  BlockersPage,
  BulletinPage,
  CalendarPage,
  DashboardPage,
  DigestPage,
  InvestmentPage,
  LedgerImportPage,
  MeetingModePage,
  MeetingPage,
  MeetingsPage,
  MinutesPage,
  MyUnitPage,
  PortfolioTimelinePage,
  ProjectPage,
  TemplatesPage,
  UnitsPage,
  UsersPage,
} from './screens.js';

/** Nobody signed in: the sign-in page; a password to change first: that page; otherwise the app. */
export function App() {
  const { t } = useTranslation();
  const me = useMe();
  const navId = useId();
  const [isNavOpen, setNavOpen] = useState(false);
  const { pathname } = useLocation();
  useBoardPrefetch(pathname === '/');
  useViewerLanding(me.isPending ? 'pending' : !me.data || me.data.mustChangePassword ? 'signedOut' : me.data.actor);
  if (me.isPending) return <p className="status">{t('auth.loading')}</p>;
  if (!me.data) return <SignInPage />;
  if (me.data.mustChangePassword) return <ChangePasswordPage />;
  const isAdmin = me.data.actor.role === 'admin';
  return (
    <div className="app">
      <header className="app__bar">
        <div className="app__brand">
          <h1>{t('app.title')}</h1>
          <p className="app__subtitle">{t('app.subtitle')}</p>
        </div>
        {/* Below 1280 px the entries do not fit on one line: they fold into this menu. */}
        <button
          type="button"
          className="app__menu-button"
          aria-expanded={isNavOpen}
          aria-controls={navId}
          aria-label={t('shell.menuLabel')}
          onClick={() => setNavOpen((open) => !open)}
        >
          <span aria-hidden="true">☰</span> {t('shell.menu')}
        </button>
        <nav
          id={navId}
          className={isNavOpen ? 'app__nav app__nav--open' : 'app__nav'}
          aria-label={t('nav.label')}
          onClick={(event) => {
            if ((event.target as Element).closest('a')) setNavOpen(false);
          }}
        >
          <NavLink to="/dashboard">{t('dashboard.nav')}</NavLink>
          <NavLink to="/" end>
            {t('nav.board')}
          </NavLink>
          <NavLink to="/blockers">{t('nav.blockers')}</NavLink>
          <NavLink to="/meetings">{t('meetings.nav')}</NavLink>
          {(me.data.actor.role === 'editor' || me.data.actor.unitIds.length > 0) && (
            <NavLink to="/my-unit">{t('nav.myUnit')}</NavLink>
          )}
          <NavLink to="/action-items">{t('actionItems.nav')}</NavLink>
          <NavLink to="/bulletin">{t('bulletin.nav')}</NavLink>
          {/* The timeline went under "more" when the dashboard joined: at 1280 px the header holds no more. */}
          <NavMenu
            label={t('shell.more')}
            paths={['/timeline', '/projects/archived', '/calendar', '/templates', '/admin', '/ledger', '/investment']}
          >
            <NavLink to="/timeline">{t('nav.timeline')}</NavLink>
            <NavLink to="/projects/archived">{t('project.archive.nav')}</NavLink>
            <NavLink to="/calendar">{t('nav.calendar')}</NavLink>
            <NavLink to="/templates">{t('nav.templates')}</NavLink>
            {isAdmin && (
              <>
                <NavLink to="/admin/users">{t('nav.users')}</NavLink>
                <NavLink to="/admin/units">{t('nav.units')}</NavLink>
                <NavLink to="/admin/audit">{t('nav.audit')}</NavLink>
                <NavLink to="/ledger/import">{t('ledger.nav')}</NavLink>
                <NavLink to="/investment">{t('investment.nav')}</NavLink>
              </>
            )}
          </NavMenu>
        </nav>
        <div className="app__tools">
          <LiveStatus />
          <NotificationBell />
          <UserMenu />
          <LanguageSwitch />
        </div>
      </header>
      {me.data.demoAccountsActive && (
        <p className="demo-notice" role="note">
          {t('auth.demoNotice')}
        </p>
      )}
      <main>
        <ScreenBoundary path={pathname}>
          <Suspense fallback={<p className="status">{t('auth.loading')}</p>}>
            <Routes>
              <Route path="/" element={<BoardPage newProject={<NewProjectButton />} />} />
              <Route path="/dashboard" element={<DashboardPage />} />
              <Route path="/projects/archived" element={<ArchivedProjectsPage />} />
              <Route path="/projects/:id" element={<ProjectPage />} />
              <Route path="/blockers" element={<BlockersPage />} />
              <Route path="/meetings" element={<MeetingsPage />} />
              <Route path="/meetings/:id" element={<MeetingPage />} />
              <Route path="/meetings/:id/run" element={<MeetingModePage />} />
              <Route path="/meetings/:id/minutes" element={<MinutesPage />} />
              <Route path="/my-unit" element={<MyUnitPage />} />
              <Route path="/digest" element={<DigestPage />} />
              <Route path="/action-items" element={<ActionItemsPage />} />
              <Route path="/bulletin" element={<BulletinPage />} />
              <Route path="/timeline" element={<PortfolioTimelinePage />} />
              <Route path="/calendar" element={<CalendarPage />} />
              <Route path="/templates" element={<TemplatesPage />} />
              <Route path="/admin/users" element={<UsersPage />} />
              <Route path="/admin/units" element={<UnitsPage />} />
              <Route path="/admin/audit" element={<AuditPage />} />
              <Route path="/ledger/import" element={<LedgerImportPage />} />
              <Route path="/investment" element={<InvestmentPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </ScreenBoundary>
      </main>
    </div>
  );
}
