const zh = {};

export const notificationMessages: { zh: typeof zh; en: typeof zh } = { zh, en: {} };
