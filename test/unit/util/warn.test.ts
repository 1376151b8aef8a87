import { describe, it, expect, vi } from 'vitest';
import { MAX_WARNINGS, warnOnce } from '../../../src/util/warn.js';

describe('warnOnce', () => {
  it('says each warning once, and stops after a bounded number', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      warnOnce('bad-attr', 'same');
      warnOnce('bad-attr', 'same');
      expect(warn).toHaveBeenCalledTimes(1);
      for (let i = 0; i < 1000; i++) warnOnce('invalid-profile', `profile rejected: key${i}`);
      expect(warn).toHaveBeenCalledTimes(MAX_WARNINGS + 1);
      expect(String(warn.mock.lastCall?.[0])).toContain('further ones are not shown');
    } finally {
      warn.mockRestore();
    }
  });
});
