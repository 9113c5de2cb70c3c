import { describe, expect, it } from 'vitest';
import { landingPath } from '../../../renderer/app/landing';

const routes = (...paths: string[]) => paths.map((path) => ({ path }));

describe('where a user lands after logging in', () => {
  it('takes each role to its desk', () => {
    expect(landingPath(routes('/incoming', '/seals'), ['sealKeeper'])).toBe('/seals');
    expect(landingPath(routes('/home', '/incoming', '/seals'), ['clerk', 'sealKeeper'])).toBe('/home');
    expect(landingPath(routes('/home', '/incoming', '/classified'), ['secrecyOfficer'])).toBe('/home');
  });

  it('falls back to the first screen allowed', () => {
    expect(landingPath(routes('/audit'), ['auditor'])).toBe('/audit');
    expect(landingPath(routes('/incoming', '/units'), ['admin'])).toBe('/incoming');
  });
});
