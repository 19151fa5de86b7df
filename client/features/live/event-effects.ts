// What each kind of board event changes on this tab's screens, so an event refreshes only those. The
// kinds are the server's (server/services/shared/record-board-event.ts); a kind this version does not
// know refreshes everything, as a newer server may have changed anything.

export interface EventEffects {
  /** 'card': place the event's card (or read the board if the event came without it); 'whole': read the board. */
  board: 'card' | 'whole' | 'none';
  /** The project's page and its history. */
  project: boolean;
  /** Blocker screens (the project's panel, the list, a unit's view). */
  blockers: boolean;
  /** 'all': the bell and the digest (a blocker step sends notices); 'digest': the digest only. */
  notifications: 'all' | 'digest' | 'none';
  /** Every screen but the board: a board-wide change (calendar, units, stage limits). */
  everything: boolean;
}

const cardOnly = { board: 'card', project: false, blockers: false, notifications: 'none', everything: false } as const;
const boardWide = { board: 'whole', project: false, blockers: false, notifications: 'none', everything: true } as const;

const EFFECTS_BY_KIND: Record<string, EventEffects> = {
  'project.created': cardOnly,
  'project.moved': { ...cardOnly, project: true },
  // An edit may rename the project or archive it, which blocker lists and the digest show; a meeting's
  // decision on it adds an action item to the digest.
  'project.updated': { ...cardOnly, project: true, blockers: true, notifications: 'digest' },
  'blocker.stepped': { ...cardOnly, project: true, blockers: true, notifications: 'all' },
  'calendar.changed': boardWide,
  // Cards, blockers and notices show units' names.
  'units.changed': boardWide,
  // Limits are not part of the board's cards; the column heads read them apart.
  'stageLimits.changed': { ...boardWide, board: 'none' },
};

export function effectsOf(kind: string): EventEffects {
  return EFFECTS_BY_KIND[kind] ?? boardWide;
}
