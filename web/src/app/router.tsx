/**
 * Who sees what: nobody signed in → the sign-in page; a temporary password → the
 * change-password screen; otherwise the shell, with every page loaded on demand
 * (React.lazy) so the first download is only the sign-in page and the shell.
 */
import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate, useSearchParams } from 'react-router';
import { PageLoader } from '../components/page-loader.tsx';
import { LoadError } from '../components/load-error.tsx';
import { setUnauthenticatedHandler } from '../lib/api-client.ts';
import { useI18n, useMessages } from '../lib/i18n.tsx';
import { activeRoleOf, isAdminRole, sessionQueryKey, useSession, useSessionQuery } from '../lib/session.ts';
import { SignInPage, safeNextPath } from '../features/auth/components/sign-in-page.tsx';
import { useSignOut } from '../features/auth/api/sign-out.ts';
import { useSwitchRole } from '../features/auth/api/switch-role.ts';
import { AppShellLayout } from './shell/app-shell-layout.tsx';
import { NotAllowed, NotFound } from './shell/status-pages.tsx';

/** Each page with the component styles pages share (one small CSS file, fetched once). */
function lazyPage<T, P extends object>(load: () => Promise<T>, pick: (module: T) => ComponentType<P>) {
  return lazy(async () => {
    const [, module] = await Promise.all([import('./page-styles.css'), load()]);
    return { default: pick(module) };
  });
}

const UnitsPage = lazyPage(() => import('../features/units/components/units-page.tsx'), (module) => module.UnitsPage);
const UnitPage = lazyPage(() => import('../features/units/components/unit-page.tsx'), (module) => module.UnitPage);
const UnitsImportPage = lazyPage(() => import('../features/units/components/units-import-page.tsx'), (module) => module.UnitsImportPage);
const UsersPage = lazyPage(() => import('../features/users/components/users-page.tsx'), (module) => module.UsersPage);
const AuditPage = lazyPage(() => import('../features/audit/components/audit-page.tsx'), (module) => module.AuditPage);
const AccountPage = lazyPage(() => import('../features/account/components/account-page.tsx'), (module) => module.AccountPage);
const CampaignsPage = lazyPage(() => import('../features/campaigns/components/campaigns-page.tsx'), (module) => module.CampaignsPage);
const NewCampaignPage = lazyPage(() => import('../features/campaigns/components/new-campaign-page.tsx'), (module) => module.NewCampaignPage);
const CampaignPage = lazyPage(() => import('../features/campaigns/components/campaign-page.tsx'), (module) => module.CampaignPage);
const TrackingPage = lazyPage(() => import('../features/campaigns/components/tracking-page.tsx'), (module) => module.TrackingPage);
const MyReportsPage = lazyPage(() => import('../features/reports/components/my-reports-page.tsx'), (module) => module.MyReportsPage);
const ReportPage = lazyPage(() => import('../features/reports/components/report-page.tsx'), (module) => module.ReportPage);
const RosterPage = lazyPage(() => import('../features/roster/components/roster-page.tsx'), (module) => module.RosterPage);
const RosterImportPage = lazyPage(() => import('../features/roster/components/roster-import-page.tsx'), (module) => module.RosterImportPage);
const RosterStatisticsPage = lazyPage(() => import('../features/roster/components/roster-statistics-page.tsx'), (module) => module.RosterStatisticsPage);
const PlansPage = lazyPage(() => import('../features/plans/components/plans-page.tsx'), (module) => module.PlansPage);
const NewPlanPage = lazyPage(() => import('../features/plans/components/new-plan-page.tsx'), (module) => module.NewPlanPage);
const PlanImportPage = lazyPage(() => import('../features/plans/components/plan-import-page.tsx'), (module) => module.PlanImportPage);
const PlanPage = lazyPage(() => import('../features/plans/components/plan-page.tsx'), (module) => module.PlanPage);
const PlanRequestPage = lazyPage(() => import('../features/plans/components/plan-request-page.tsx'), (module) => module.PlanRequestPage);
const ForcedPasswordChange = lazyPage(() => import('../features/account/components/forced-password-change.tsx'), (module) => module.ForcedPasswordChange);

type ExitReason = 'expired' | 'signed-out' | null;

export function AppRoutes() {
  const { locale, setLocale } = useI18n();
  const queryClient = useQueryClient();
  const session = useSessionQuery();
  const signOut = useSignOut();
  const [exitReason, setExitReason] = useState<ExitReason>(null);
  const info = session.data;

  // A request answering 401 mid-work: the session expired; back to sign-in, saying so.
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setExitReason('expired');
      queryClient.setQueryData(sessionQueryKey, null);
    });
    return () => setUnauthenticatedHandler(null);
  }, [queryClient]);

  // The person's saved language wins when they sign in.
  const savedLocale = info?.user.locale;
  useEffect(() => {
    if (savedLocale && savedLocale !== locale) void setLocale(savedLocale);
    // Only when the session's preference changes, not when the page's language does.
  }, [info?.user.id, savedLocale]);

  const onSignOut = () => {
    setExitReason('signed-out');
    signOut.mutate();
  };

  if (session.isPending) return <PageLoader minHeight={320} />;
  if (session.isError) {
    return (
      <Center mih="100vh" p="md">
        <main id="main">
          <LoadError error={session.error} onRetry={() => void session.refetch()} />
        </main>
      </Center>
    );
  }
  if (!info) {
    return (
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="*" element={<RedirectToSignIn reason={exitReason} />} />
      </Routes>
    );
  }
  if (info.user.mustChangePassword) {
    return (
      <Suspense fallback={<PageLoader minHeight={320} />}>
        <ForcedPasswordChange onSignOut={onSignOut} />
      </Suspense>
    );
  }
  if (!activeRoleOf(info)) return <NoRole onSignOut={onSignOut} />;

  return (
    <Routes>
      <Route path="/sign-in" element={<AfterSignIn />} />
      <Route element={<AppShellLayout onSignOut={onSignOut} />}>
        <Route index element={<HomeRedirect />} />
        <Route path="units" element={<UnitsPage />} />
        <Route path="units/import" element={<AdminOnly>{<UnitsImportPage />}</AdminOnly>} />
        <Route path="units/:id" element={<UnitPage />} />
        <Route path="campaigns" element={<CampaignsPage />} />
        <Route path="campaigns/new" element={<NewCampaignPage />} />
        <Route path="campaigns/tracking" element={<TrackingPage />} />
        <Route path="campaigns/:id" element={<CampaignPage />} />
        <Route path="reports" element={<MyReportsPage />} />
        <Route path="reports/:id" element={<ReportPage />} />
        <Route path="plans" element={<PlansPage />} />
        <Route path="plans/new" element={<NewPlanPage />} />
        <Route path="plans/import" element={<PlanImportPage />} />
        <Route path="plans/requests/:id" element={<PlanRequestPage />} />
        <Route path="plans/:id" element={<PlanPage />} />
        <Route path="roster" element={<RosterPage />} />
        <Route path="roster/import" element={<RosterImportPage />} />
        <Route path="roster/statistics" element={<RosterStatisticsPage />} />
        <Route path="users" element={<AdminOnly>{<UsersPage />}</AdminOnly>} />
        <Route path="audit" element={<AdminOnly>{<AuditPage />}</AdminOnly>} />
        <Route path="account" element={<AccountRoute />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function NoRole({ onSignOut }: { onSignOut: () => void }) {
  const m = useMessages();
  return (
    <Center mih="100vh" p="md">
      <main id="main">
        <Stack align="center" maw={420} ta="center">
          <Title order={1} size="h2">
            {m.app.noRoleTitle}
          </Title>
          <Text>{m.app.noRole}</Text>
          <Button onClick={onSignOut}>{m.header.signOut}</Button>
        </Stack>
      </main>
    </Center>
  );
}

function RedirectToSignIn({ reason }: { reason: ExitReason }) {
  const location = useLocation();
  const params = new URLSearchParams();
  const path = location.pathname + location.search;
  if (reason !== 'signed-out' && path !== '/' && !path.startsWith('/sign-in')) params.set('next', path);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return <Navigate to={`/sign-in${query ? `?${query}` : ''}`} replace />;
}

/** Just signed in on /sign-in: go where the person was heading. */
function AfterSignIn() {
  const [params] = useSearchParams();
  return <Navigate to={safeNextPath(params.get('next'))} replace />;
}

/** The first page: admins manage units; everyone else starts from the reports their unit owes. */
function HomeRedirect() {
  const session = useSession();
  return <Navigate to={isAdminRole(activeRoleOf(session)?.role) ? '/units' : '/reports'} replace />;
}

function AdminOnly({ children }: { children: ReactNode }) {
  const session = useSession();
  return isAdminRole(activeRoleOf(session)?.role) ? children : <NotAllowed />;
}

function AccountRoute() {
  const switchRole = useSwitchRole();
  const navigate = useNavigate();
  return <AccountPage onUseRole={(roleId) => switchRole.mutateAsync(roleId).then(() => navigate('/units'))} />;
}
