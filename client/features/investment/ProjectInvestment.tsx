import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../server/domain/permissions.js';
import { formatAmount, formatDateTime } from '../../lib/format.js';
import { useTRPC } from '../../lib/trpc.js';
import { QueryState } from '../../ui/QueryState.js';
import type { ProjectDetail } from '../../lib/types.js';
import { useActor } from '../auth/use-session.js';
import { InvestmentBadge } from './InvestmentBadge.js';
import { ReportInvestmentDialog, type MonthToReport } from './ReportInvestmentDialog.js';
import './investment.css';

type Dialog = { target: MonthToReport; isCorrection: boolean } | null;

/**
 * The project's investment: this year's plan and completion against 序时进度 with the investment light,
 * and the twelve months of a year with who reported what; its unit reports a month, an admin corrects a
 * locked one.
 */
export function ProjectInvestment({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const actor = useActor();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState('');
  const query = useQuery(trpc.investment.forProject.queryOptions({ projectId: project.id, year }));
  const titleId = `project-${project.id}-investment`;
  const amount = (value: string) => t('card.amount', { amount: formatAmount(value, i18n.language) });
  const percent = (value: number | null) =>
    value === null ? '—' : t('investment.section.percent', { value: value.toFixed(1) });

  const mayReport = !project.isArchived && can(actor, 'editProject', { ownerUnitId: project.ownerUnit.id });
  const mayCorrect = !project.isArchived && can(actor, 'manageInvestment');

  return (
    <section className="investment" aria-labelledby={titleId}>
      <div className="investment__head">
        <h3 id={titleId}>{t('investment.section.title')}</h3>
        {query.data && (
          <div className="investment__years">
            <button type="button" onClick={() => setYear(query.data.year - 1)}>
              ← {t('investment.section.previousYear')}
            </button>
            <strong>{t('investment.section.year', { year: query.data.year })}</strong>
            <button
              type="button"
              disabled={query.data.year >= query.data.reporting.year}
              onClick={() => setYear(query.data.year + 1)}
            >
              {t('investment.section.nextYear')} →
            </button>
          </div>
        )}
      </div>
      <p className="investment__notice" role="status">
        {notice}
      </p>
      <QueryState query={query} loading={t('investment.section.loading')}>
        {(data) => (
          <>
            <dl className="investment__summary">
              <div>
                <dt>{t('investment.section.plan')}</dt>
                <dd>{amount(project.plannedInvestment)}</dd>
              </div>
              <div>
                <dt>{t('investment.section.completed')}</dt>
                <dd>{amount(data.progress.completed.toFixed(2))}</dd>
              </div>
              <div>
                <dt>{t('investment.section.completedPercent')}</dt>
                <dd>{percent(data.progress.completedPercent)}</dd>
              </div>
              <div>
                <dt>{t('investment.section.elapsed')}</dt>
                <dd>{percent(data.progress.elapsedPercent)}</dd>
              </div>
            </dl>
            {data.progress.completedPercent === null ? (
              <p>{t('investment.section.noPlan')}</p>
            ) : (
              <InvestmentBadge
                isWide
                investment={{
                  light: data.progress.light,
                  completedPercent: data.progress.completedPercent,
                  elapsedPercent: data.progress.elapsedPercent,
                  behindPoints: Math.round((data.progress.behindPoints ?? 0) * 10) / 10,
                }}
              />
            )}
            <div className="table-scroll">
              <table className="investment__table">
                <caption>
                  {t('investment.section.tableLabel', { year: data.year })} ·{' '}
                  {t('investment.section.yearTotal', { year: data.year, amount: amount(data.yearTotal) })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('investment.section.month')}</th>
                    <th scope="col" className="investment__amount">
                      {t('investment.section.amount')}
                    </th>
                    <th scope="col">{t('investment.section.comment')}</th>
                    <th scope="col">{t('investment.section.reportedBy')}</th>
                    <th scope="col">{t('investment.section.status')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('investment.section.report')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.months.map((row) => {
                    const isCurrent = data.year === data.reporting.year && row.month === data.reporting.month;
                    const target = { year: data.year, month: row.month, report: row.report };
                    const canReport = mayReport && !row.isLocked && !row.isFuture;
                    const canCorrect = mayCorrect && row.isLocked;
                    const monthName = t('investment.section.monthName', { month: row.month, year: data.year });
                    return (
                      <tr key={row.month} className={isCurrent ? 'investment__row--current' : undefined}>
                        <th scope="row">{monthName}</th>
                        <td className="investment__amount">
                          {row.report ? formatAmount(row.report.amount, i18n.language) : '—'}
                        </td>
                        <td className="investment__comment">{row.report?.comment}</td>
                        <td className="investment__who">
                          {row.report &&
                            `${row.report.reportedByName} · ${formatDateTime(row.report.reportedAt, undefined, { seconds: false })}`}
                        </td>
                        <td className={row.isLocked ? 'investment__status--locked' : undefined}>
                          {row.isLocked
                            ? t('investment.section.locked')
                            : row.isFuture
                              ? t('investment.section.future')
                              : isCurrent && !row.report
                                ? t('investment.section.beingReported')
                                : row.report
                                  ? t('investment.section.reported')
                                  : t('investment.section.notReported')}
                        </td>
                        <td>
                          {(canReport || canCorrect) && (
                            <button
                              type="button"
                              aria-label={`${canCorrect ? t('investment.section.correct') : row.report ? t('investment.section.change') : t('investment.section.report')} ${monthName}`}
                              onClick={() => {
                                setNotice('');
                                setDialog({ target, isCorrection: canCorrect });
                              }}
                            >
                              {canCorrect
                                ? t('investment.section.correct')
                                : row.report
                                  ? t('investment.section.change')
                                  : t('investment.section.report')}
                            </button>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        )}
      </QueryState>
      {dialog && (
        <ReportInvestmentDialog
          projectId={project.id}
          target={dialog.target}
          isCorrection={dialog.isCorrection}
          onCancel={() => setDialog(null)}
          onDone={(message) => {
            setDialog(null);
            setNotice(message);
          }}
        />
      )}
    </section>
  );
}
