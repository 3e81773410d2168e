/**
 * The frame around every signed-in page: header (name, active role with a switcher,
 * language, the person's menu), navigation (a burger on a phone), and the main area
 * where pages load on demand. Landmarks and a skip link for keyboard and screen readers.
 */
import { AppShell, Box, Burger, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { BrandMark } from '../../components/brand-mark.tsx';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { useMessages, type Locale } from '../../lib/i18n.tsx';
import { useUpdatePreferences } from '../../features/account/api/update-preferences.ts';
import { NavLinks } from './nav-links.tsx';
import { RoleSwitcher } from './role-switcher.tsx';
import { PageCrashed } from './status-pages.tsx';
import { UserMenu } from './user-menu.tsx';

const Toasts = lazy(() => import('./toasts.tsx').then((module) => ({ default: module.Toasts })));

export function AppShellLayout({ onSignOut }: { onSignOut: () => void }) {
  const m = useMessages();
  const [isNavOpen, nav] = useDisclosure(false);
  const location = useLocation();
  const updatePreferences = useUpdatePreferences();
  const isFirstRender = useRef(true);

  // A new page: close the phone menu, start at the top, and move focus to the content
  // so a screen reader does not stay on the link that was followed.
  useEffect(() => {
    nav.close();
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [location.pathname]);

  const saveLocale = (locale: Locale) => updatePreferences.mutate({ locale });

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: !isNavOpen } }} padding={{ base: 'sm', sm: 'lg' }}>
      <a href="#main" className="skip-link">
        {m.app.skipToContent}
      </a>
      <AppShell.Header className="app-header">
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={isNavOpen}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={isNavOpen ? m.nav.closeMenu : m.nav.openMenu}
              aria-expanded={isNavOpen}
              aria-controls="app-navbar"
            />
            <Link to="/units" className="brand-link" aria-label={`${m.app.name} — ${m.nav.units}`}>
              <BrandMark size={28} />
              <Text component="span" fw={700} fz={20} c="brand.8">
                {m.app.name}
              </Text>
            </Link>
          </Group>
          <Group gap="md" wrap="nowrap" className="header-tools">
            <Box visibleFrom="sm">
              <RoleSwitcher />
            </Box>
            <Box visibleFrom="sm">
              <LanguageSwitch onChange={saveLocale} />
            </Box>
            <UserMenu onSignOut={onSignOut} />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar id="app-navbar" p="sm" aria-label={m.nav.main} className="app-navbar" data-open={isNavOpen ? 'true' : undefined}>
        <Stack justify="space-between" h="100%" gap="md">
          <NavLinks onNavigate={nav.close} />
          <Stack hiddenFrom="sm" gap="sm" className="navbar-mobile-tools">
            <RoleSwitcher fullWidth />
            <LanguageSwitch onChange={saveLocale} />
          </Stack>
        </Stack>
      </AppShell.Navbar>

      <Suspense fallback={null}>
        <Toasts />
      </Suspense>
      <AppShell.Main id="main" tabIndex={-1} className="app-main">
        <ErrorBoundary resetKey={location.pathname} fallback={(reset) => <PageCrashed onRetry={reset} />}>
          <Suspense fallback={<PageLoader minHeight={240} />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
