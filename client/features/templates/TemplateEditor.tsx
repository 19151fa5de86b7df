import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useReducer, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectType } from '../../../server/domain/project-types.js';
import { describeError, isApiError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { draftFrom, draftReducer, toTemplateUpdate, type TemplateStep } from './template-draft.js';
import { TemplateMilestoneRow } from './TemplateMilestoneRow.js';
import { TemplateTableHead } from './TemplateTableHead.js';

/** One project type's template as an editable table, saved as a whole with template.update (admins only). */
export function TemplateEditor({ projectType, steps }: { projectType: ProjectType; steps: TemplateStep[] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, dispatch] = useReducer(draftReducer, steps, draftFrom);
  const [addedKey, setAddedKey] = useState<number | null>(null);
  const save = useMutation(
    trpc.template.update.mutationOptions({
      // Wait for the list, so the saved draft and the template it is compared with agree at once.
      onSuccess: async (saved) => {
        await queryClient.invalidateQueries({ queryKey: trpc.template.list.queryKey() });
        dispatch({ type: 'reset', draft: draftFrom(saved) });
      },
    }),
  );
  const typeName = t(`project.types.${projectType}`);
  const headingId = `template-${projectType}`;
  const isDirty =
    JSON.stringify(toTemplateUpdate(projectType, draft)) !==
    JSON.stringify(toTemplateUpdate(projectType, draftFrom(steps)));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(toTemplateUpdate(projectType, draft));
  };
  const onAdd = () => {
    setAddedKey(draft.nextKey);
    dispatch({ type: 'add', name: t('templates.newMilestone') });
  };
  const onReset = () => {
    save.reset();
    setAddedKey(null);
    dispatch({ type: 'reset', draft: draftFrom(steps) });
  };

  return (
    <section className="template-editor" aria-labelledby={headingId}>
      <header className="template-editor__head">
        <h3 id={headingId}>{t('templates.heading', { type: typeName })}</h3>
        <span className="template-editor__count">{t('templates.count', { count: draft.milestones.length })}</span>
      </header>
      <form onSubmit={onSubmit} data-permission="manageTemplates">
        <fieldset className="bare-fieldset">
          <div className="table-scroll">
            <table className="template-editor__table">
              <TemplateTableHead withActions />
              <tbody>
                {draft.milestones.map((m, i) => (
                  <TemplateMilestoneRow
                    key={m.key}
                    milestone={m}
                    seq={i + 1}
                    all={draft.milestones}
                    isTarget={m.key === draft.targetKey}
                    radioGroup={`target-${projectType}`}
                    autoFocus={m.key === addedKey}
                    dispatch={dispatch}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <p className="template-editor__hint">{t('templates.removeHint')}</p>
          <div className="template-editor__actions">
            <button type="button" onClick={onAdd}>
              ＋ {t('templates.add')}
            </button>
            <span className="template-editor__spacer" />
            <SaveStatus
              isDirty={isDirty}
              hasTarget={draft.targetKey !== null}
              isSaved={save.isSuccess}
              type={typeName}
            />
            <button type="button" disabled={!isDirty || save.isPending} onClick={onReset}>
              {t('templates.reset')}
            </button>
            <button
              type="submit"
              className="button--primary"
              disabled={!isDirty || draft.targetKey === null || save.isPending}
            >
              {save.isPending ? t('templates.saving') : t('templates.save')}
            </button>
          </div>
          {save.isError && <SaveError error={save.error} />}
        </fieldset>
      </form>
    </section>
  );
}

function SaveStatus(props: { isDirty: boolean; hasTarget: boolean; isSaved: boolean; type: string }) {
  const { t } = useTranslation();
  let message = '';
  if (!props.hasTarget) message = t('templates.chooseTarget');
  else if (props.isDirty) message = t('templates.dirty');
  else if (props.isSaved) message = t('templates.saved', { type: props.type });
  return (
    <span className="template-editor__status" role="status">
      {message}
    </span>
  );
}

/** The server's reason in the user's language, and for refused fields which milestone they belong to. */
function SaveError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const fields = isApiError(error) ? Object.entries(error.data?.fieldErrors ?? {}) : [];
  return (
    <div className="form-error" role="alert">
      <p>{describeError(error, t)}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map(([path, detail]) => {
            const message = t(detail.key, { ns: 'errors', keySeparator: false, ...detail.params });
            const seq = /^milestones\.(\d+)\./.exec(path)?.[1];
            return (
              <li key={path}>
                {seq === undefined ? message : t('templates.fieldError', { seq: Number(seq) + 1, message })}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
