import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/** Any address no screen answers: say so, and offer the way back instead of a blank page. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <section className="page not-found">
      <h2 className="page__title">{t('shell.notFound.title')}</h2>
      <p>{t('shell.notFound.text', { path: pathname })}</p>
      <p>
        <Link to="/" className="not-found__back">
          {t('shell.notFound.back')}
        </Link>
      </p>
    </section>
  );
}
