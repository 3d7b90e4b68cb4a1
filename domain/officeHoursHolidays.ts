/**
 * Dutch public holidays on which the CJIB's contact centre is closed, 2026–2027: New Year, Easter
 * Monday, King's Day, Liberation Day, Ascension Day, Whit Monday, Christmas. Easter and Whit Sunday
 * fall on Sundays and are closed anyway. Replace with PUBLIC_HOLIDAYS for other years.
 */
export const DUTCH_PUBLIC_HOLIDAYS_2026_2027: readonly string[] = [
  '2026-01-01',
  '2026-04-06',
  '2026-04-27',
  '2026-05-05',
  '2026-05-14',
  '2026-05-25',
  '2026-12-25',
  '2026-12-26',
  '2027-01-01',
  '2027-03-29',
  '2027-04-27',
  '2027-05-05',
  '2027-05-06',
  '2027-05-17',
  '2027-12-25',
  '2027-12-26',
];
