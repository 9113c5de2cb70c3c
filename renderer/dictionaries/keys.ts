import type { NameKeys } from '../../shared/dictionaries/match';
import type { Person } from '../../shared/people/api';
import type { Unit } from '../../shared/units/api';

export const unitKeys = (u: Unit): NameKeys => ({ names: [u.fullName, u.shortName], initials: u.initials, pinyin: u.pinyin });

export const personKeys = (p: Person): NameKeys => ({ names: [p.name], initials: p.initials, pinyin: p.pinyin });
