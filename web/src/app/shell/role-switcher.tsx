/**
 * The role and unit the person is acting as, always visible. With several roles
 * (a principal who is also a viewer at the commune) it opens a list to switch.
 */
import { IconCheck, IconSelector } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { DisclosureMenu } from '../../components/disclosure-menu.tsx';
import { useDescribeError, useMessages } from '../../lib/i18n.tsx';
import { activeRoleOf, useSession } from '../../lib/session.ts';
import { useSwitchRole } from '../../features/auth/api/switch-role.ts';

/** Toasts live in a lazy chunk: the shell asks for them only when it has something to say. */
function toast(color: string, message: string) {
  void import('@mantine/notifications').then(({ notifications }) => notifications.show({ color, message }));
}

export function RoleSwitcher({ fullWidth = false }: { fullWidth?: boolean }) {
  const m = useMessages();
  const describe = useDescribeError();
  const session = useSession();
  const navigate = useNavigate();
  const switchRole = useSwitchRole();
  const active = activeRoleOf(session);
  if (!active) return null;

  const summary = (
    <span className="role-summary">
      <span className="role-name">{m.roles[active.role]}</span>
      <span className="role-unit" title={active.unitName}>
        {active.unitName}
      </span>
    </span>
  );

  if (session.roles.length < 2) {
    return (
      <div className="role-switcher" data-full={fullWidth ? 'true' : undefined} role="group" aria-label={m.header.activeRole}>
        {summary}
      </div>
    );
  }

  return (
    <DisclosureMenu
      className="role-switcher role-switcher-button"
      label={m.header.switchRoleLabel(m.roles[active.role], active.unitName)}
      panelClassName={fullWidth ? 'disclosure-panel-full' : 'disclosure-panel-end'}
      trigger={
        <>
          {summary}
          <IconSelector size={16} aria-hidden="true" className="role-switcher-icon" />
        </>
      }
    >
      {(close) => (
        <>
          <p className="disclosure-label">{m.header.switchRole}</p>
          <ul className="disclosure-list">
            {session.roles.map((role) => {
              const isActive = role.id === active.id;
              return (
                <li key={role.id}>
                  <button
                    type="button"
                    className="disclosure-item"
                    data-menu-item
                    aria-current={isActive ? 'true' : undefined}
                    disabled={switchRole.isPending}
                    onClick={() => {
                      close();
                      if (isActive) return;
                      switchRole.mutate(role.id, {
                        onSuccess: () => {
                          toast('teal', m.header.switchedRole(m.roles[role.role], role.unitName));
                          void navigate('/units');
                        },
                        onError: (error) => toast('red', describe(error)),
                      });
                    }}
                  >
                    <span className="disclosure-check">{isActive ? <IconCheck size={16} aria-hidden="true" /> : null}</span>
                    <span>
                      <span className="disclosure-item-title">{m.roles[role.role]}</span>
                      <span className="disclosure-item-sub">{role.unitName}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </DisclosureMenu>
  );
}
