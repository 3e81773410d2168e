import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client.ts';
import { planConflictOf } from './update-plan.ts';

const conflict = { updatedBy: 'Ngô Thị Bích', updatedAt: '2027-01-15T02:30:00.000Z', revision: 4 };

describe('planConflictOf', () => {
  it("reads a PLAN_CONFLICT's state through the contract's schema", () => {
    expect(planConflictOf(new ApiError(409, 'PLAN_CONFLICT', 'Kế hoạch vừa được Ngô Thị Bích lưu.', [], conflict))).toEqual(conflict);
    expect(planConflictOf(new ApiError(409, 'PLAN_CONFLICT', '…', [], { ...conflict, updatedBy: null }))).toEqual({ ...conflict, updatedBy: null });
  });

  it('is null for any other error, and for a conflict that does not say which revision is stored (its message is shown instead)', () => {
    expect(planConflictOf(new ApiError(409, 'PLAN_NOT_EDITABLE', 'Kế hoạch này đã được ban hành'))).toBeNull();
    expect(planConflictOf(new ApiError(409, 'PLAN_CONFLICT', '…', [], { updatedBy: 'Ngô Thị Bích' }))).toBeNull();
    expect(planConflictOf(new ApiError(409, 'PLAN_CONFLICT', '…'))).toBeNull();
    expect(planConflictOf(new Error('network'))).toBeNull();
  });
});
