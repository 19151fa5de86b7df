const zh = {
  users: { title: '用户' },
  units: { title: '责任单位' },
  audit: { title: '操作日志' },
};

export const adminMessages: { zh: typeof zh; en: typeof zh } = {
  zh,
  en: {
    users: { title: 'Users' },
    units: { title: 'Owner units' },
    audit: { title: 'Audit log' },
  },
};
