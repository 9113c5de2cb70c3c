import type { Role } from '../../../shared/auth/roles';
import type { UnitCategory } from '../../../shared/units/api';

// Sample office for --demo: real place and office names of the kind the clerk
// types every day; the people are invented.

export const DEMO_OFFICE = '凤凰县人民政府办公室';

export const DEMO_USERS: { username: string; displayName: string; roles: Role[]; password: string }[] = [
  { username: 'admin', displayName: '王志刚', roles: ['admin'], password: 'wenmi-admin-1' },
  { username: 'wenmi', displayName: '周丽', roles: ['clerk'], password: 'wenmi-clerk-1' },
  { username: 'yinzhang', displayName: '吴海燕', roles: ['sealKeeper'], password: 'wenmi-seal-1' },
  { username: 'baomi', displayName: '田晓军', roles: ['secrecyOfficer'], password: 'wenmi-secret-1' },
  { username: 'shenji', displayName: '龙建平', roles: ['auditor'], password: 'wenmi-audit-1' },
];

export const DEMO_UNITS: [string, string, UnitCategory][] = [
  ['凤凰县发展和改革局', '县发改局', 'countyDept'],
  ['凤凰县财政局', '县财政局', 'countyDept'],
  ['凤凰县教育和体育局', '县教体局', 'countyDept'],
  ['凤凰县公安局', '县公安局', 'countyDept'],
  ['凤凰县民政局', '县民政局', 'countyDept'],
  ['凤凰县司法局', '县司法局', 'countyDept'],
  ['凤凰县人力资源和社会保障局', '县人社局', 'countyDept'],
  ['凤凰县自然资源局', '县自然资源局', 'countyDept'],
  ['凤凰县住房和城乡建设局', '县住建局', 'countyDept'],
  ['凤凰县交通运输局', '县交通运输局', 'countyDept'],
  ['凤凰县水利局', '县水利局', 'countyDept'],
  ['凤凰县农业农村局', '县农业农村局', 'countyDept'],
  ['凤凰县文化旅游广电局', '县文旅广电局', 'countyDept'],
  ['凤凰县卫生健康局', '县卫健局', 'countyDept'],
  ['凤凰县应急管理局', '县应急局', 'countyDept'],
  ['凤凰县审计局', '县审计局', 'countyDept'],
  ['凤凰县市场监督管理局', '县市场监管局', 'countyDept'],
  ['凤凰县统计局', '县统计局', 'countyDept'],
  ['凤凰县林业局', '县林业局', 'countyDept'],
  ['凤凰县信访局', '县信访局', 'countyDept'],
  ['沱江镇人民政府', '沱江镇', 'township'],
  ['阿拉营镇人民政府', '阿拉营镇', 'township'],
  ['廖家桥镇人民政府', '廖家桥镇', 'township'],
  ['吉信镇人民政府', '吉信镇', 'township'],
  ['山江镇人民政府', '山江镇', 'township'],
  ['禾库镇人民政府', '禾库镇', 'township'],
  ['腊尔山镇人民政府', '腊尔山镇', 'township'],
  ['茶田镇人民政府', '茶田镇', 'township'],
  ['新场镇人民政府', '新场镇', 'township'],
  ['千工坪镇人民政府', '千工坪镇', 'township'],
  ['湘西土家族苗族自治州人民政府办公室', '州政府办', 'higherLevel'],
  ['湘西土家族苗族自治州财政局', '州财政局', 'higherLevel'],
  ['湖南省人民政府办公厅', '省政府办公厅', 'higherLevel'],
  ['凤凰县人民武装部', '县人武部', 'other'],
  ['国网凤凰县供电公司', '县供电公司', 'other'],
];

/** [name, title, unit full name or null] */
export const DEMO_PEOPLE: [string, string, string | null][] = [
  ['张建国', '县长', null],
  ['李明华', '常务副县长', null],
  ['赵卫东', '副县长', null],
  ['刘红梅', '副县长', null],
  ['王志刚', '办公室主任', null],
  ['陈晓燕', '办公室副主任', null],
  ['杨帆', '办公室副主任', null],
];
