export const calendarMessages = {
  zh: { title: '工作日历' },
  en: { title: 'Working-day calendar' },
};
