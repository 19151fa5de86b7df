import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { errorMessages } from '../../server/domain/error-messages.js';
import { actionItemMessages } from '../features/action-items/messages.js';
import { adminMessages } from '../features/admin/messages.js';
import { authMessages } from '../features/auth/messages.js';
import { blockerMessages } from '../features/blockers/messages.js';
import { bulletinMessages } from '../features/bulletin/messages.js';
import { calendarMessages } from '../features/calendar/messages.js';
import { dashboardMessages } from '../features/dashboard/messages.js';
import { ledgerMessages } from '../features/ledger/messages.js';
import { investmentMessages } from '../features/investment/messages.js';
import { moveMessages } from '../features/board/move-messages.js';
import { boardViewMessages } from '../features/board/view-messages.js';
import { liveMessages } from '../features/live/messages.js';
import { meetingMessages } from '../features/meeting/messages.js';
import { notificationMessages } from '../features/notifications/messages.js';
import { projectMessages } from '../features/project/messages.js';
import { shellMessages } from '../app/messages.js';
import { templateMessages } from '../features/templates/messages.js';
import { timelineMessages } from '../features/timeline/messages.js';
import { en } from './locales/en.js';
import { zh } from './locales/zh.js';

/** Each screen keeps its own words beside it; they meet here under the screen's name. */
function catalog(language: Language) {
  return {
    ...(language === 'zh' ? zh : en),
    actionItems: actionItemMessages[language],
    admin: adminMessages[language],
    auth: authMessages[language],
    blockers: blockerMessages[language],
    boardViews: boardViewMessages[language],
    bulletin: bulletinMessages[language],
    calendar: calendarMessages[language],
    dashboard: dashboardMessages[language],
    ledger: ledgerMessages[language],
    investment: investmentMessages[language],
    live: liveMessages[language],
    meetings: meetingMessages[language],
    moves: moveMessages[language],
    notifications: notificationMessages[language],
    project: projectMessages[language],
    shell: shellMessages[language],
    templates: templateMessages[language],
    timeline: timelineMessages[language],
  };
}

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'backplan.language';

function savedLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'zh';
}

void i18n.use(initReactI18next).init({
  resources: {
    zh: { translation: catalog('zh'), errors: errorMessages.zh },
    en: { translation: catalog('en'), errors: errorMessages.en },
  },
  lng: savedLanguage(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
});

function applyDocumentLanguage(language: string) {
  document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
  document.title = i18n.t('app.title');
}
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', (language) => {
  localStorage.setItem(STORAGE_KEY, language);
  applyDocumentLanguage(language);
});

export { i18n };
