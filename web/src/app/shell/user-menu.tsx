/** The person's menu: their account page and signing out. */
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { DisclosureMenu } from '../../components/disclosure-menu.tsx';
import { useMessages } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';

function initial(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return (words[words.length - 1] ?? '').slice(0, 1).toUpperCase() || '?';
}

export function UserMenu({ onSignOut }: { onSignOut: () => void }) {
  const m = useMessages();
  const { user } = useSession();
  return (
    <DisclosureMenu
      className="user-menu-button"
      label={m.header.userMenu(user.fullName)}
      panelClassName="disclosure-panel-end"
      trigger={
        <>
          <span className="avatar" aria-hidden="true">
            {initial(user.fullName)}
          </span>
          <span className="user-menu-name">{user.fullName}</span>
          <IconChevronDown size={14} aria-hidden="true" />
        </>
      }
    >
      {(close) => (
        <>
          <p className="disclosure-label">{user.fullName}</p>
          <ul className="disclosure-list">
            <li>
              <Link to="/account" className="disclosure-item" data-menu-item onClick={close}>
                <IconUserCircle size={18} aria-hidden="true" />
                {m.header.account}
              </Link>
            </li>
            <li>
              <button
                type="button"
                className="disclosure-item"
                data-menu-item
                onClick={() => {
                  close();
                  onSignOut();
                }}
              >
                <IconLogout size={18} aria-hidden="true" />
                {m.header.signOut}
              </button>
            </li>
          </ul>
        </>
      )}
    </DisclosureMenu>
  );
}
