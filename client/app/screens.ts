import { lazy } from 'react';

// Every screen but the board loads on first visit, so the board's first load carries only the board.
export const ActionItemsPage = lazy(() =>
  import('../features/action-items/ActionItemsPage.js').then((m) => ({ default: m.ActionItemsPage })),
);
export const BlockersPage = lazy(() =>
  import('../features/blockers/BlockersPage.js').then((m) => ({ default: m.BlockersPage })),
);
export const MyUnitPage = lazy(() =>
  import('../features/blockers/MyUnitPage.js').then((m) => ({ default: m.MyUnitPage })),
);
export const ProjectPage = lazy(() =>
  import('../features/project/ProjectPage.js').then((m) => ({ default: m.ProjectPage })),
);
export const ArchivedProjectsPage = lazy(() =>
  import('../features/project/ArchivedProjectsPage.js').then((m) => ({ default: m.ArchivedProjectsPage })),
);
export const AuditPage = lazy(() => import('../features/admin/AuditPage.js').then((m) => ({ default: m.AuditPage })));
// The bulletin carries its chart.
export const BulletinPage = lazy(() => import('../features/bulletin/BulletinPage.js'));
export const CalendarPage = lazy(() =>
  import('../features/calendar/CalendarPage.js').then((m) => ({ default: m.CalendarPage })),
);
// The dashboard carries its charts (ECharts loads from inside it, on its first chart).
export const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage.js'));
export const DigestPage = lazy(() =>
  import('../features/notifications/DigestPage.js').then((m) => ({ default: m.DigestPage })),
);
export const LedgerImportPage = lazy(() =>
  import('../features/ledger/LedgerImportPage.js').then((m) => ({ default: m.LedgerImportPage })),
);
export const InvestmentPage = lazy(() =>
  import('../features/investment/InvestmentPage.js').then((m) => ({ default: m.InvestmentPage })),
);
export const MeetingModePage = lazy(() =>
  import('../features/meeting/MeetingModePage.js').then((m) => ({ default: m.MeetingModePage })),
);
export const MeetingPage = lazy(() =>
  import('../features/meeting/MeetingPage.js').then((m) => ({ default: m.MeetingPage })),
);
export const MeetingsPage = lazy(() =>
  import('../features/meeting/MeetingsPage.js').then((m) => ({ default: m.MeetingsPage })),
);
export const MinutesPage = lazy(() =>
  import('../features/meeting/MinutesPage.js').then((m) => ({ default: m.MinutesPage })),
);
export const PortfolioTimelinePage = lazy(() =>
  import('../features/timeline/PortfolioTimelinePage.js').then((m) => ({ default: m.PortfolioTimelinePage })),
);
export const TemplatesPage = lazy(() =>
  import('../features/templates/TemplatesPage.js').then((m) => ({ default: m.TemplatesPage })),
);
export const UnitsPage = lazy(() => import('../features/admin/UnitsPage.js').then((m) => ({ default: m.UnitsPage })));
export const UsersPage = lazy(() => import('../features/admin/UsersPage.js').then((m) => ({ default: m.UsersPage })));
