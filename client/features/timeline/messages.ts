export const timelineMessages = {
  zh: { title: '项目时间轴' },
  en: { title: 'Portfolio timeline' },
};
