const zh = {
  signInTitle: '登录 Backplan',
  signInHint: '重大项目倒排工期看板',
  username: '用户名',
  password: '密码',
  signIn: '登录',
  signingIn: '正在登录…',
  signOut: '退出登录',
  changeTitle: '修改密码',
  changeHint:
    '首次登录或密码被重置后，请设置只有您知道的新密码（至少 10 个字符）。保存后，此账号在其他设备上的登录随即失效。',
  currentPassword: '当前密码',
  newPassword: '新密码',
  repeatPassword: '再次输入新密码',
  mismatch: '两次输入的新密码不一致。',
  save: '保存新密码',
  roles: { admin: '管理员', editor: '联络员', viewer: '只读' },
  demoNotice: '演示账号仍在使用公开密码：正式使用前请在“用户”中停用或修改。',
  loading: '正在加载…',
};

export const authMessages: { zh: typeof zh; en: typeof zh } = {
  zh,
  en: {
    signInTitle: 'Sign in to Backplan',
    signInHint: 'Major projects on reverse-scheduled deadlines',
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    signOut: 'Sign out',
    changeTitle: 'Change your password',
    changeHint:
      'After a first sign-in or a reset, choose a new password only you know (at least 10 characters). Saving it signs this account out everywhere else.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    repeatPassword: 'New password again',
    mismatch: 'The two new passwords differ.',
    save: 'Save the new password',
    roles: { admin: 'Administrator', editor: 'Liaison', viewer: 'Read-only' },
    demoNotice: 'Demo accounts still use the published password: disable or change them under Users before real use.',
    loading: 'Loading…',
  },
};
