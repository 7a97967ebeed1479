// The fill handle fills the way the pointer left the block (as Excel): down, up, right or left, only the
// cells between the block and the pointer; inside the block nothing is filled.
import { describe, expect, it } from 'vitest';
import { fillTarget, unionRect } from '../../src/renderer/src/grid/block-edits';

const block = { r1: 4, c1: 2, r2: 5, c2: 3 };

describe('fillTarget', () => {
  it('fills down, up, right and left of the block, from its edge to the pointer', () => {
    expect(fillTarget(block, { row: 8, col: 3 })).toEqual({ r1: 6, r2: 8, c1: 2, c2: 3 });
    expect(fillTarget(block, { row: 1, col: 2 })).toEqual({ r1: 1, r2: 3, c1: 2, c2: 3 });
    expect(fillTarget(block, { row: 5, col: 6 })).toEqual({ r1: 4, r2: 5, c1: 4, c2: 6 });
    expect(fillTarget(block, { row: 4, col: 0 })).toEqual({ r1: 4, r2: 5, c1: 0, c2: 1 });
  });

  it('takes the axis the pointer is further out on (diagonal: rows win a tie)', () => {
    expect(fillTarget(block, { row: 6, col: 7 })).toEqual({ r1: 4, r2: 5, c1: 4, c2: 7 });
    expect(fillTarget(block, { row: 8, col: 5 })).toEqual({ r1: 6, r2: 8, c1: 2, c2: 3 });
    expect(fillTarget(block, { row: 7, col: 5 })).toEqual({ r1: 6, r2: 7, c1: 2, c2: 3 });
  });

  it('fills nothing while the pointer is inside the block', () => {
    expect(fillTarget(block, { row: 4, col: 3 })).toBeNull();
    expect(fillTarget(block, { row: 5, col: 2 })).toBeNull();
  });

  it('selects the block and what it filled together', () => {
    expect(unionRect(block, { r1: 1, r2: 3, c1: 2, c2: 3 })).toEqual({ r1: 1, c1: 2, r2: 5, c2: 3 });
  });
});
