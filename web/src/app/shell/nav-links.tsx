/** The main navigation; the admin pages appear only for an admin role (the server refuses the rest anyway). */
import { NavLink, Stack, Text } from '@mantine/core';
import { IconBook2, IconCalendarStats, IconChartBar, IconClipboardList, IconExternalLink, IconId, IconFileImport, IconHierarchy2, IconHistory, IconNotebook, IconTable, IconUsers } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { useMessages } from '../../lib/i18n.tsx';
import { activeRoleOf, isAdminRole, useSession } from '../../lib/session.ts';
import { canKeepRoster as isRosterKeeper } from '../../features/roster/hooks/use-roster-access.ts';

/** `onNavigate` closes the phone menu, even when the link leads to the page already shown. */
export function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const m = useMessages();
  const { pathname } = useLocation();
  const session = useSession();
  const isAdmin = isAdminRole(activeRoleOf(session)?.role);

  // The roster itself is for the unit's own committee head and officer; the figures are for everyone.
  const canKeepRoster = isRosterKeeper(activeRoleOf(session)?.role);
  const isRoster = pathname === '/roster' || pathname === '/roster/import';
  const isUnits = pathname === '/units' || (pathname.startsWith('/units/') && !pathname.startsWith('/units/import'));
  const isCampaigns = pathname === '/campaigns' || (pathname.startsWith('/campaigns/') && pathname !== '/campaigns/tracking');
  const link = (to: string, label: string, icon: React.ReactNode, isActive: boolean) => (
    <NavLink
      component={Link}
      to={to}
      label={label}
      leftSection={icon}
      active={isActive}
      aria-current={isActive ? 'page' : undefined}
      variant="light"
      className="nav-link"
      onClick={onNavigate}
    />
  );

  return (
    <Stack gap={4}>
      {link('/reports', m.reports.myReportsTitle, <IconClipboardList size={20} aria-hidden="true" />, pathname === '/reports' || pathname.startsWith('/reports/'))}
      {link('/campaigns', m.campaigns.listTitle, <IconCalendarStats size={20} aria-hidden="true" />, isCampaigns)}
      {link('/campaigns/tracking', m.campaigns.trackingTitle, <IconTable size={20} aria-hidden="true" />, pathname === '/campaigns/tracking')}
      {link('/plans', m.plans.navTitle, <IconNotebook size={20} aria-hidden="true" />, pathname === '/plans' || pathname.startsWith('/plans/'))}
      {canKeepRoster ? link('/roster', m.roster.navList, <IconId size={20} aria-hidden="true" />, isRoster) : null}
      {link('/roster/statistics', m.roster.navStatistics, <IconChartBar size={20} aria-hidden="true" />, pathname === '/roster/statistics')}
      {link('/units', m.nav.units, <IconHierarchy2 size={20} aria-hidden="true" />, isUnits)}
      {isAdmin ? (
        <>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mt="md" mb={2} aria-hidden="true">
            {m.nav.administration}
          </Text>
          {link('/units/import', m.nav.unitsImport, <IconFileImport size={20} aria-hidden="true" />, pathname.startsWith('/units/import'))}
          {link('/users', m.nav.users, <IconUsers size={20} aria-hidden="true" />, pathname.startsWith('/users'))}
          {link('/audit', m.nav.audit, <IconHistory size={20} aria-hidden="true" />, pathname.startsWith('/audit'))}
          <NavLink
            component="a"
            href="/api/docs"
            target="_blank"
            rel="noopener"
            label={
              <>
                {m.nav.apiDocs}
                <span className="visually-hidden"> {m.nav.opensInNewTab}</span>
              </>
            }
            leftSection={<IconBook2 size={20} aria-hidden="true" />}
            rightSection={<IconExternalLink size={14} aria-hidden="true" />}
            className="nav-link"
            onClick={onNavigate}
          />
        </>
      ) : null}
    </Stack>
  );
}
