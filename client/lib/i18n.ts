import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { errorMessages } from '../../server/domain/error-messages.js';
import { en } from './locales/en.js';
import { zh } from './locales/zh.js';

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'backplan.language';

function savedLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'zh';
}

void i18n.use(initReactI18next).init({
  resources: {
    zh: { translation: zh, errors: errorMessages.zh },
    en: { translation: en, errors: errorMessages.en },
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
