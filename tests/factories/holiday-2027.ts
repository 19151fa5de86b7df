// A 2027 arrangement in the documented text format, as an admin would paste it. The dates are made up
// for the tests (the State Council had not published 2027's when they were written), but keep the
// rules: make-up days on weekends, outside the rest ranges.
export const NOTICE_2027_TEXT = `标题：国务院办公厅关于2027年部分节假日安排的通知
文号：国办发明电〔2026〕9号
发布日期：2026-11-05
元旦 2027-01-01..2027-01-03
春节 2027-02-06..2027-02-13 补班 2027-02-14,2027-02-20
清明节 2027-04-03..2027-04-05
劳动节 2027-05-01..2027-05-05 补班 2027-04-25,2027-05-08
端午节 2027-06-09
中秋节 2027-09-15
国庆节 2027-10-01..2027-10-07 补班 2027-09-26,2027-10-09`;

export const NOTICE_2027 = {
  year: 2027,
  title: '国务院办公厅关于2027年部分节假日安排的通知',
  number: '国办发明电〔2026〕9号',
  published: '2026-11-05',
  blocks: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03', makeUpWorkdays: [] },
    { name: '春节', from: '2027-02-06', to: '2027-02-13', makeUpWorkdays: ['2027-02-14', '2027-02-20'] },
    { name: '清明节', from: '2027-04-03', to: '2027-04-05', makeUpWorkdays: [] },
    { name: '劳动节', from: '2027-05-01', to: '2027-05-05', makeUpWorkdays: ['2027-04-25', '2027-05-08'] },
    { name: '端午节', from: '2027-06-09', to: '2027-06-09', makeUpWorkdays: [] },
    { name: '中秋节', from: '2027-09-15', to: '2027-09-15', makeUpWorkdays: [] },
    { name: '国庆节', from: '2027-10-01', to: '2027-10-07', makeUpWorkdays: ['2027-09-26', '2027-10-09'] },
  ],
};
