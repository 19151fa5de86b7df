import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import '../screens.css';
import { can } from '../../../server/domain/permissions.js';
import { useMe } from '../auth/use-session.js';
import { TemplateEditor } from './TemplateEditor.js';
import { TemplateView } from './TemplateView.js';

export function TemplatesPage() {
  const me = useMe();
  const canEdit = me.data ? can(me.data.actor, 'manageTemplates') : false;
  const { t } = useTranslation();
  const trpc = useTRPC();
  const templates = useQuery(trpc.template.list.queryOptions());
  if (templates.isPending) return <p className="status">{t('templates.loading')}</p>;
  if (templates.isError) {
    return (
      <div className="status status--error" role="alert">
        <p>{t('templates.loadFailed', { message: describeError(templates.error, t) })}</p>
        <button type="button" onClick={() => void templates.refetch()}>
          {t('templates.retry')}
        </button>
      </div>
    );
  }
  return (
    <article className="page templates-page">
      <h2 className="page__title">{t('templates.title')}</h2>
      <p className="page__intro">{t('templates.intro')}</p>
      {!canEdit && <p className="page__intro">{t('templates.readOnly')}</p>}
      {templates.data.map((template) =>
        canEdit ? (
          <TemplateEditor key={template.projectType} projectType={template.projectType} steps={template.milestones} />
        ) : (
          <TemplateView key={template.projectType} projectType={template.projectType} steps={template.milestones} />
        ),
      )}
    </article>
  );
}
