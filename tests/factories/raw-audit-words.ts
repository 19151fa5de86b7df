// Stored keys and enum values that must never reach the reader of the Chinese audit log; each test adds
// the words its own data set could leak.
export const RAW_AUDIT_WORDS = [
  'districtLeader',
  'department',
  'demolition',
  'blockerId',
  'ownerUnitId',
  'targetMilestoneId',
  'expectedVersion',
  'rank',
  'acceleration',
  'maturity',
  'escalate',
  'escalated',
  'isArchived',
  'meetingId',
  'actionItemId',
  'agendaItems',
  'status',
  'running',
  'undefined',
  '{{',
] as const;
