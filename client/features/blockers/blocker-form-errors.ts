/** Refusals about one field that the server sends as a whole-request error: shown beside that field. */
export const BLOCKER_FIELD_OF_KEY: Readonly<Record<string, string>> = {
  'blocker.targetBeforeToday': 'targetDate',
  'unit.notFound': 'responsibleUnitId',
};
