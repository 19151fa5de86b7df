import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ZProjectCreate } from '../../../server/domain/project-input.js';
import { PROJECT_TYPES, type ProjectType } from '../../../server/domain/project-types.js';
import { STAGES } from '../../../server/domain/stages.js';
import { useTRPC } from '../../lib/trpc.js';
import { DialogActions, FormAlert } from '../../ui/FormDialog.js';
import { UnitSelect } from '../../ui/UnitSelect.js';
import { useFormDialog } from '../../ui/use-form-dialog.js';
import { useEarliestTarget } from './use-earliest-target.js';
import './project.css';

/** A new project for the ledger; its milestone plan comes from the template of its type. */
export function NewProjectButton() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [isOpen, setOpen] = useState(false);
  const open = () => {
    setOpen(true);
    dialog.current?.showModal();
  };
  const close = () => {
    dialog.current?.close();
    setOpen(false);
  };
  return (
    <>
      <button type="button" className="primary" onClick={open}>
        {t('project.new.open')}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="new-project-title" onClose={() => setOpen(false)}>
        {isOpen && <NewProjectForm onDone={close} />}
      </dialog>
    </>
  );
}

function NewProjectForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const units = useQuery(trpc.unit.list.queryOptions());
  const { errors, onError, submit, error } = useFormDialog();
  const [projectType, setProjectType] = useState<ProjectType>(PROJECT_TYPES[0]);
  const [targetDate, setTargetDate] = useState('');
  const earliest = useEarliestTarget(projectType);
  // Said before saving, not after: a target the plan cannot meet makes a project born red.
  const isInfeasible = Boolean(earliest && targetDate && targetDate < earliest);
  const create = useMutation(
    trpc.project.create.mutationOptions({
      onSuccess: async (card) => {
        await queryClient.invalidateQueries({ queryKey: trpc.board.get.queryKey() });
        onDone();
        void navigate(`/projects/${card.id}`);
      },
      onError,
    }),
  );

  function onSubmit(element: HTMLFormElement) {
    const form = Object.fromEntries(new FormData(element)) as Record<string, string>;
    const parsed = ZProjectCreate.safeParse({ ...form, ownerUnitId: Number(form.ownerUnitId) });
    submit(parsed, (input) => create.mutate(input));
  }

  const field = (name: string, label: string, input: ReactNode) => (
    <label className="field">
      <span>{label}</span>
      {input}
      {error(name) && (
        <span className="field__error" id={`new-${name}-error`}>
          {error(name)}
        </span>
      )}
    </label>
  );
  const described = (name: string) =>
    error(name) ? { 'aria-invalid': true, 'aria-describedby': `new-${name}-error` } : {};

  return (
    <form
      className="dialog__form new-project"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(event.currentTarget);
      }}
      noValidate
    >
      <h2 id="new-project-title">{t('project.new.title')}</h2>
      <FormAlert message={errors?.form} />
      {field('code', t('project.code'), <input name="code" placeholder="ZQ-2026-001" {...described('code')} />)}
      {field('name', t('project.new.name'), <input name="name" {...described('name')} />)}
      {field(
        'ownerUnitId',
        t('project.owner'),
        <UnitSelect name="ownerUnitId" units={units.data} {...described('ownerUnitId')} />,
      )}
      {field(
        'projectType',
        t('project.type'),
        <select
          name="projectType"
          value={projectType}
          onChange={(event) => setProjectType(event.target.value as ProjectType)}
        >
          {PROJECT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`project.types.${type}`)}
            </option>
          ))}
        </select>,
      )}
      {field(
        'stage',
        t('project.stage'),
        <select name="stage">
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage.${stage}`)}
            </option>
          ))}
        </select>,
      )}
      {field(
        'totalInvestment',
        t('project.new.total'),
        <input name="totalInvestment" inputMode="decimal" {...described('totalInvestment')} />,
      )}
      {field(
        'plannedInvestment',
        t('project.new.planned'),
        <input name="plannedInvestment" inputMode="decimal" {...described('plannedInvestment')} />,
      )}
      {field(
        'targetDate',
        t('project.targetDate'),
        <input
          name="targetDate"
          type="date"
          value={targetDate}
          onChange={(event) => setTargetDate(event.target.value)}
          {...described('targetDate')}
          {...(isInfeasible && !error('targetDate') ? { 'aria-describedby': 'new-targetDate-warning' } : {})}
        />,
      )}
      {isInfeasible && earliest && (
        <div className="new-project__warning warning" id="new-targetDate-warning" role="status">
          <p>{t('project.new.infeasible', { earliest })}</p>
          <button type="button" onClick={() => setTargetDate(earliest)}>
            {t('project.new.useEarliest', { date: earliest })}
          </button>
        </div>
      )}
      {field(
        'description',
        t('project.description'),
        <textarea name="description" rows={2} {...described('description')} />,
      )}
      <DialogActions
        cancelLabel={t('project.new.cancel')}
        submitLabel={t('project.new.create')}
        isPending={create.isPending}
        onCancel={onDone}
      />
    </form>
  );
}
