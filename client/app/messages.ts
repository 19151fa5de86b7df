// The app shell's own words: the header's menus, the page that is not there, the toasts.
const zh = {
  menu: '菜单',
  menuLabel: '打开导航菜单',
  more: '更多',
  admin: '系统管理',
  notFound: {
    title: '找不到这个页面',
    text: '地址 {{path}} 不对应任何页面：链接可能已过期，或地址输入有误。',
    back: '返回看板',
  },
  screenFailed: '这个页面没能加载，可能是系统刚更新过。',
  reload: '重新加载',
};

export const shellMessages: { zh: typeof zh; en: typeof zh } = {
  zh,
  en: {
    menu: 'Menu',
    menuLabel: 'Open the navigation menu',
    more: 'More',
    admin: 'Administration',
    notFound: {
      title: 'Page not found',
      text: 'No page lives at {{path}}: the link may be out of date, or the address mistyped.',
      back: 'Back to the board',
    },
    screenFailed: 'This page could not load; the app may just have been updated.',
    reload: 'Reload',
  },
};
