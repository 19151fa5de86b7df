// Who may do what: the one place the rules live. The server enforces them; the client asks the
// same function only to hide what a person cannot do.
export const ROLES = ['admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** The owner units an editor answers for. */
  unitIds: number[];
}

export type Permission =
  | 'read'
  | 'editProject' // its fields, moves and milestones; raising, escalating, withdrawing, reopening its blockers
  | 'createProject'
  | 'clearBlocker' // the project's unit, or the unit responsible for clearing the blocker
  | 'manageCalendar'
  | 'manageTemplates'
  | 'manageUsers'
  | 'manageUnits'
  | 'manageStageLimits'
  | 'viewAudit'
  | 'importLedger'
  | 'manageInvestment' // lock and unlock a month's reports, correct a locked month, the thresholds and reminders
  | 'runMeeting' // create a meeting, edit its agenda, start and finish it, record decisions, reopen action items
  | 'workActionItem'; // progress notes on and closing an action item: its owner unit, or an admin

export interface ProjectScope {
  ownerUnitId: number;
  ownerUnitName?: string;
  /** For a blocker: the unit that must clear it (its liaison may clear it too). */
  responsibleUnitId?: number;
  responsibleUnitName?: string;
}

export type Denial =
  | { key: 'auth.forbidden.viewer'; params: Record<string, never> }
  | { key: 'auth.forbidden.adminOnly'; params: Record<string, never> }
  | { key: 'auth.forbidden.unit'; params: { unit: string } }
  | { key: 'auth.forbidden.actionItemUnit'; params: { unit: string } }
  | { key: 'auth.forbidden.blockerUnit'; params: { unit: string; responsibleUnit: string } };

const PROJECT_WORK: ReadonlySet<Permission> = new Set([
  'editProject',
  'createProject',
  'clearBlocker',
  'workActionItem',
]);

/** What the role alone rules out (an editor's project work is then checked against its units). */
export function roleDenial(actor: Actor, permission: Permission): Denial | null {
  if (actor.role === 'admin' || permission === 'read') return null;
  if (actor.role === 'viewer') return { key: 'auth.forbidden.viewer', params: {} };
  return PROJECT_WORK.has(permission) ? null : { key: 'auth.forbidden.adminOnly', params: {} };
}

/** null when allowed; otherwise what is missing, as a message key. */
export function denialOf(actor: Actor, permission: Permission, scope?: ProjectScope): Denial | null {
  const byRole = roleDenial(actor, permission);
  if (byRole || actor.role !== 'editor' || !PROJECT_WORK.has(permission)) return byRole;
  if (scope && actor.unitIds.includes(scope.ownerUnitId)) return null;
  const unit = scope?.ownerUnitName ?? String(scope?.ownerUnitId ?? '');
  if (permission === 'workActionItem') return { key: 'auth.forbidden.actionItemUnit', params: { unit } };
  if (permission === 'clearBlocker') {
    if (scope?.responsibleUnitId !== undefined && actor.unitIds.includes(scope.responsibleUnitId)) return null;
    const responsibleUnit = scope?.responsibleUnitName ?? String(scope?.responsibleUnitId ?? '');
    return { key: 'auth.forbidden.blockerUnit', params: { unit, responsibleUnit } };
  }
  return { key: 'auth.forbidden.unit', params: { unit } };
}

export function can(actor: Actor, permission: Permission, scope?: ProjectScope): boolean {
  return denialOf(actor, permission, scope) === null;
}
