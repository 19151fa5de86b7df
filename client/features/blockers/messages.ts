const zh = {};

export const blockerMessages: { zh: typeof zh; en: typeof zh } = { zh, en: {} };
