/** Committee heads and officers issue campaigns (server/lib/policy.ts, campaign:issue); the button shows only for them. */
import type { Role } from '../../../../../common/roles.ts';
import { useActiveRole } from '../../../lib/session.ts';

const ISSUERS: readonly Role[] = ['committee_head', 'officer'];

export function useCanIssueCampaigns(): boolean {
  const role = useActiveRole();
  return role ? ISSUERS.includes(role.role) : false;
}
