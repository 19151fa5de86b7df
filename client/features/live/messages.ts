const zh = {
  status: { connecting: '连接中', live: '实时', offline: '离线' },
  hint: {
    connecting: '正在连接实时更新…',
    live: '实时更新已连接：他人的修改会自动显示。',
    offline: '实时更新已断开，正在重试；可刷新页面查看最新数据。',
    noNetwork: '网络已断开：他人的修改不会显示，您的修改会在恢复连接后发送。',
  },
  unsent: '{{count}} 项修改待发送',
  reload: '刷新',
};

export const liveMessages: { zh: typeof zh; en: typeof zh } = {
  zh,
  en: {
    status: { connecting: 'Connecting', live: 'Live', offline: 'Offline' },
    hint: {
      connecting: 'Connecting to live updates…',
      live: "Live updates are on: other people's changes appear by themselves.",
      offline: 'Live updates are down and being retried; reload the page to see the latest.',
      noNetwork: "No network: other people's changes will not show, and yours are sent once the connection is back.",
    },
    unsent: '{{count}} change(s) waiting to be sent',
    reload: 'Reload',
  },
};
