import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGES, type Stage } from '../../../server/domain/stages.js';
import type { DraftAction, DraftMilestone } from './template-draft.js';

export function TemplateMilestoneRow(props: {
  milestone: DraftMilestone;
  seq: number;
  all: DraftMilestone[];
  isTarget: boolean;
  radioGroup: string;
  autoFocus: boolean;
  dispatch: Dispatch<DraftAction>;
}) {
  const { t } = useTranslation();
  const { milestone: m, dispatch } = props;
  const name = m.name || t('templates.nameLabel', { seq: props.seq });
  const change = (patch: Extract<DraftAction, { type: 'change' }>['patch']) =>
    dispatch({ type: 'change', key: m.key, patch });
  return (
    <tr className={props.isTarget ? 'template-editor__target' : undefined}>
      <td className="template-editor__seq">{props.seq}</td>
      <td>
        <input
          type="text"
          required
          maxLength={60}
          value={m.name}
          autoFocus={props.autoFocus}
          aria-label={t('templates.nameLabel', { seq: props.seq })}
          onChange={(e) => change({ name: e.target.value })}
        />
      </td>
      <td>
        <select
          value={m.stage}
          aria-label={t('templates.stageLabel', { name })}
          onChange={(e) => change({ stage: e.target.value as Stage })}
        >
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage.${stage}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          type="number"
          required
          min={0}
          max={2000}
          step={1}
          value={Number.isNaN(m.durationDays) ? '' : m.durationDays}
          aria-label={t('templates.durationLabel', { name })}
          onChange={(e) => change({ durationDays: e.target.valueAsNumber })}
        />
      </td>
      <td>
        <PredecessorPicker milestone={m} name={name} all={props.all} dispatch={dispatch} />
      </td>
      <td className="template-editor__target-cell">
        <label>
          <input
            type="radio"
            name={props.radioGroup}
            checked={props.isTarget}
            aria-label={t('templates.targetLabel', { name })}
            onChange={() => dispatch({ type: 'setTarget', key: m.key })}
          />
          {props.isTarget && <span className="template-editor__target-mark">★ {t('templates.targetMark')}</span>}
        </label>
      </td>
      <td>
        <button
          type="button"
          className="button--quiet"
          aria-label={t('templates.removeLabel', { name })}
          disabled={props.all.length <= 1}
          onClick={() => dispatch({ type: 'remove', key: m.key })}
        >
          {t('templates.remove')}
        </button>
      </td>
    </tr>
  );
}

/** Predecessors by name; the checkboxes open on demand so a long template stays one line a milestone. */
function PredecessorPicker(props: {
  milestone: DraftMilestone;
  name: string;
  all: DraftMilestone[];
  dispatch: Dispatch<DraftAction>;
}) {
  const { t } = useTranslation();
  const { milestone: m } = props;
  const others = props.all.filter((other) => other.key !== m.key);
  const chosen = others.filter((other) => m.dependsOn.includes(other.key));
  return (
    <details className="predecessors">
      <summary>{chosen.map((other) => other.name).join('、') || t('templates.none')}</summary>
      <fieldset>
        <legend>{t('templates.dependsOnLegend', { name: props.name })}</legend>
        {others.map((other) => (
          <label key={other.key}>
            <input
              type="checkbox"
              checked={m.dependsOn.includes(other.key)}
              aria-label={t('templates.dependsOnLabel', { name: props.name, predecessor: other.name })}
              onChange={() => props.dispatch({ type: 'toggleDependency', key: m.key, on: other.key })}
            />
            {other.name}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
