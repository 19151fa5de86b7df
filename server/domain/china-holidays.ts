/**
 * Official public-holiday arrangements (放假调休安排) from the General Office of the State Council.
 * Every day from `from` to `to` is a rest day, whatever its weekday; `makeUpWorkdays` (调休上班) are
 * weekend days worked instead. Add a year only from the notice itself, and cite it here.
 */

export interface HolidayBlock {
  name: string;
  from: string;
  to: string;
  makeUpWorkdays: string[];
}

export interface HolidayNotice {
  title: string;
  number: string;
  published: string;
  blocks: HolidayBlock[];
}

export const OFFICIAL_HOLIDAYS: Readonly<Record<number, HolidayNotice>> = {
  2024: {
    title: '国务院办公厅关于2024年部分节假日安排的通知',
    number: '国办发明电〔2023〕7号',
    published: '2023-10-25',
    blocks: [
      // 1月1日放假，与周末连休 (2023-12-30/31 are an ordinary weekend).
      { name: '元旦', from: '2024-01-01', to: '2024-01-01', makeUpWorkdays: [] },
      // 除夕 2月9日 is only "encouraged" as leave, so it stays a working day here.
      { name: '春节', from: '2024-02-10', to: '2024-02-17', makeUpWorkdays: ['2024-02-04', '2024-02-18'] },
      { name: '清明节', from: '2024-04-04', to: '2024-04-06', makeUpWorkdays: ['2024-04-07'] },
      { name: '劳动节', from: '2024-05-01', to: '2024-05-05', makeUpWorkdays: ['2024-04-28', '2024-05-11'] },
      { name: '端午节', from: '2024-06-10', to: '2024-06-10', makeUpWorkdays: [] },
      { name: '中秋节', from: '2024-09-15', to: '2024-09-17', makeUpWorkdays: ['2024-09-14'] },
      { name: '国庆节', from: '2024-10-01', to: '2024-10-07', makeUpWorkdays: ['2024-09-29', '2024-10-12'] },
    ],
  },
  2025: {
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    number: '国办发明电〔2024〕12号',
    published: '2024-11-12',
    blocks: [
      { name: '元旦', from: '2025-01-01', to: '2025-01-01', makeUpWorkdays: [] },
      { name: '春节', from: '2025-01-28', to: '2025-02-04', makeUpWorkdays: ['2025-01-26', '2025-02-08'] },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06', makeUpWorkdays: [] },
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05', makeUpWorkdays: ['2025-04-27'] },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02', makeUpWorkdays: [] },
      { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08', makeUpWorkdays: ['2025-09-28', '2025-10-11'] },
    ],
  },
  2026: {
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    number: '国办发明电〔2025〕7号',
    published: '2025-11-04',
    blocks: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03', makeUpWorkdays: ['2026-01-04'] },
      { name: '春节', from: '2026-02-15', to: '2026-02-23', makeUpWorkdays: ['2026-02-14', '2026-02-28'] },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06', makeUpWorkdays: [] },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05', makeUpWorkdays: ['2026-05-09'] },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21', makeUpWorkdays: [] },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27', makeUpWorkdays: [] },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07', makeUpWorkdays: ['2026-09-20', '2026-10-10'] },
    ],
  },
};
