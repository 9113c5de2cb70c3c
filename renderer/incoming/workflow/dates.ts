import { todayInShanghai } from '../../../shared/dates';
import { normalizeDateText } from '../../common/date-text';

/** Today at the office (Asia/Shanghai), the default of every date in the workflow forms. */
export const today = () => todayInShanghai(new Date());

/** A date as typed, normalised; '' stays '' so the schema names what is missing. */
export const typedDate = (text: string) => normalizeDateText(text);

/** An optional date as typed: '' is null. */
export const optionalDate = (text: string) => {
  const t = normalizeDateText(text);
  return t === '' ? null : t;
};
