import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/i18n/index.js';

describe('the numbers of meetings added or updated', () => {
  it('runs read as ranges, the rest one by one, in order', () => {
    expect(messages('en').imported([9, 7, 8, 12, 20, 21], [3])).toBe('✅ Added #7–#9, #12, #20–#21; ✏️ Updated #3.');
    expect(messages('ar').imported([7, 8, 9], [])).toBe('✅ أضيف #7–#9.');
  });
});
