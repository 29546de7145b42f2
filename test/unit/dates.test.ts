import { describe, expect, it } from 'vitest';
import { addYears, agreementExpiry } from '../../src/domain/dates.js';

describe('dates', () => {
  it('adds years to a calendar date, keeping 29 February at the end of the month', () => {
    expect(addYears('2024-02-16', 10)).toBe('2034-02-16');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2023-12-31', 1)).toBe('2024-12-31');
  });

  it('computes an agreement’s expiry from its signing date and duration, or none without a duration', () => {
    expect(agreementExpiry('2024-05-31', 10)).toBe('2034-05-31');
    expect(agreementExpiry('2024-05-31', null)).toBeNull();
    expect(agreementExpiry('2024-05-31', 0)).toBeNull();
  });
});
