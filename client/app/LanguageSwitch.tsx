import { useTranslation } from 'react-i18next';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'zh' : 'en';
  return (
    <button
      type="button"
      className="language-switch"
      lang={other === 'en' ? 'en' : 'zh-CN'}
      aria-label={t('app.switchLanguageLabel')}
      onClick={() => void i18n.changeLanguage(other)}
    >
      {t('app.switchLanguage')}
    </button>
  );
}
