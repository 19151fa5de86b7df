/** Display only: amounts stay exact decimal strings everywhere else. */
export function formatAmount(amount: string, language: string): string {
  const [whole = '0', fraction = '00'] = amount.split('.');
  const grouped = new Intl.NumberFormat(language === 'en' ? 'en-US' : 'zh-CN').format(BigInt(whole));
  return fraction === '00' ? grouped : `${grouped}.${fraction}`;
}
