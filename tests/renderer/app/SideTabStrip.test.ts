import { describe, expect, it } from 'vitest';
import { tabAfterKey } from '../../../renderer/app/SideTabStrip.tsx';

describe('the side panel\'s tabs', () => {
  it('move with the arrow keys, wrapping round, and jump with Home and End', () => {
    expect(tabAfterKey('record', 'ArrowRight')).toBe('repairs');
    expect(tabAfterKey('record', 'ArrowLeft')).toBe('checks');
    expect(tabAfterKey('checks', 'ArrowRight')).toBe('record');
    expect(tabAfterKey('suggestions', 'Home')).toBe('record');
    expect(tabAfterKey('repairs', 'End')).toBe('checks');
    expect(tabAfterKey('repairs', 'a')).toBeNull();
  });
});
