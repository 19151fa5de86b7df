import { useTranslation } from 'react-i18next';
import type { ProjectType } from '../../../server/domain/project-types.js';
import type { TemplateStep } from './template-draft.js';
import { TemplateTableHead } from './TemplateTableHead.js';

/** A template for someone who may read it but not change it: a plain table, no inputs, no buttons. */
export function TemplateView({ projectType, steps }: { projectType: ProjectType; steps: TemplateStep[] }) {
  const { t } = useTranslation();
  const headingId = `template-${projectType}`;
  const nameOf = new Map(steps.map((step) => [step.seq, step.name]));
  return (
    <section className="template-editor template-view" aria-labelledby={headingId}>
      <header className="template-editor__head">
        <h3 id={headingId}>{t('templates.heading', { type: t(`project.types.${projectType}`) })}</h3>
        <span className="template-editor__count">{t('templates.count', { count: steps.length })}</span>
      </header>
      <div className="table-scroll">
        <table className="template-editor__table">
          <TemplateTableHead />
          <tbody>
            {steps.map((step) => (
              <tr key={step.seq}>
                <td>{step.seq}</td>
                <th scope="row">{step.name}</th>
                <td>{t(`stage.${step.stage}`)}</td>
                <td className="template-view__number">{step.durationDays}</td>
                <td>{step.dependsOnSeqs.map((seq) => nameOf.get(seq)).join('、') || t('templates.none')}</td>
                <td>
                  {step.isTarget && <span className="template-editor__target-mark">★ {t('templates.targetMark')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
