import type { zh } from './zh.js';

export const en: typeof zh = {
  app: {
    title: 'Backplan — major projects board',
    subtitle: 'Maturity · Acceleration · Contribution · Reverse scheduling',
    switchLanguage: '中文',
    switchLanguageLabel: 'Switch to the Chinese interface',
  },
  stage: {
    maturity: 'Maturity',
    acceleration: 'Acceleration',
    contribution: 'Contribution',
  },
  stageHint: {
    maturity: 'Getting ready to build',
    acceleration: 'Under construction',
    contribution: 'Built and paying back',
  },
  board: {
    label: 'Project pipeline board',
    count: '{{count}} projects',
    empty: 'No projects yet; drop a card here',
    loading: 'Loading the board…',
    loadFailed: 'The board could not be loaded: {{message}}',
    retry: 'Retry',
  },
  card: {
    owner: 'Owner unit',
    totalInvestment: 'Total investment',
    plannedInvestment: 'Planned this year',
    amount: '{{amount}} (10k CNY)',
    target: 'Target date',
    blockers: '{{count}} blocked · oldest {{days}} d',
    blockersOverdue: 'past its clearing date',
  },
  nav: {
    label: 'Main navigation',
    board: 'Board',
    blockers: 'Blockers',
    myUnit: 'My unit',
    timeline: 'Timeline',
    calendar: 'Calendar',
    templates: 'Templates',
    users: 'Users',
    units: 'Units',
    audit: 'Audit',
  },
  light: {
    red: 'Red',
    yellow: 'Yellow',
    green: 'Green',
    none: 'Not scheduled',
  },
  schedule: {
    next: 'Next',
    daysLeft: '{{count}} working days left',
    daysLate: '{{count}} working days late',
    dueToday: 'Due today',
    allDone: 'All milestones done',
    projectedVsTarget: 'Projected {{projected}} / target {{target}}',
    progress: '{{done}} of {{total}} milestones done',
  },
  move: {
    failed: 'The move did not go through, so the card went back: {{message}}',
  },
  dnd: {
    instructions:
      'To pick up a project card, press Space or Enter. Use the arrow keys to move it, Space or Enter to drop it, and Escape to cancel.',
    pickedUp: 'Picked up project "{{name}}", position {{position}} in "{{stage}}".',
    over: 'Project "{{name}}" is over position {{position}} in "{{stage}}".',
    dropped: 'Project "{{name}}" was dropped at position {{position}} in "{{stage}}".',
    cancelled: 'Move cancelled; project "{{name}}" went back to where it was.',
  },
  notice: {
    dismiss: 'Dismiss',
    networkError: 'The server cannot be reached. Check the connection and try again.',
  },
};
