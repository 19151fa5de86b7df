import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DENSITIES, LAYOUTS, type BoardView } from './board-view.js';
import type { UpdateView } from './use-board-view.js';

/** Board or list, and (on the board) standard or compact cards: two small button groups. */
export function ViewSwitch({ view, onChange }: { view: BoardView; onChange: UpdateView }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <div className="board-toolbar__chips view-switch" role="group" aria-labelledby={`${id}-layout`}>
        <span id={`${id}-layout`}>{t('boardViews.layout')}</span>
        {LAYOUTS.map((layout) => (
          <button
            key={layout}
            type="button"
            className="filter-chip"
            aria-pressed={view.layout === layout}
            onClick={() => onChange({ layout })}
          >
            {t(`boardViews.layouts.${layout}`)}
          </button>
        ))}
      </div>
      {view.layout === 'board' && (
        <div className="board-toolbar__chips view-switch" role="group" aria-labelledby={`${id}-density`}>
          <span id={`${id}-density`}>{t('boardViews.density')}</span>
          {DENSITIES.map((density) => (
            <button
              key={density}
              type="button"
              className="filter-chip"
              aria-pressed={view.density === density}
              onClick={() => onChange({ density })}
            >
              {t(`boardViews.densities.${density}`)}
            </button>
          ))}
        </div>
      )}
    </>
  );
}
