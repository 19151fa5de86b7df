export const templateMessages = {
  zh: { title: '节点模板' },
  en: { title: 'Milestone templates' },
};
