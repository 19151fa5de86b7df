import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../ui/ModalDialog.js';
import './moves.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The board's shortcuts, listed when someone presses `?`. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  // Keys pressed together are joined by "+", alternatives by "/".
  const rows: [string[], '+' | '/', string][] = [
    [[isMac ? '⌘' : 'Ctrl', 'Z'], '+', t('moves.shortcuts.undo')],
    [['/'], '/', t('moves.shortcuts.search')],
    [['?'], '/', t('moves.shortcuts.help')],
    [[t('moves.shortcuts.space'), t('moves.shortcuts.enter')], '/', t('moves.shortcuts.pickUp')],
    [['↑', '↓', '←', '→'], '/', t('moves.shortcuts.arrows')],
    [['Home', 'End'], '/', t('moves.shortcuts.ends')],
    [['Esc'], '/', t('moves.shortcuts.escape')],
  ];
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose}>
      <div className="dialog__form dialog__form--single shortcuts">
        <h2 id={titleId}>{t('moves.shortcuts.title')}</h2>
        <dl className="shortcuts__list">
          {rows.map(([keys, join, what]) => (
            <div key={what} className="shortcuts__row">
              <dt>
                {keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ` ${join} `}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <p className="dialog__hint">{t('moves.shortcuts.notWhileTyping')}</p>
        <div className="dialog__actions">
          <button type="button" className="primary" autoFocus onClick={onClose}>
            {t('moves.shortcuts.close')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
