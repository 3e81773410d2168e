/**
 * /units — the tree of the active role's subtree, and a search box above it. The
 * search and the "show closed" switch live in the address (?q=, ?closed=1), so the
 * back button returns to the same hits.
 */
import { Card, CloseButton, EmptyState, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconSearchOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { formatNumber } from '../../../../../common/text/format.ts';
import { toSearchKey } from '../../../../../common/text/vietnamese.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useUnitSearch } from '../../../components/unit-picker/search-units.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useSession } from '../../../lib/session.ts';
import { useRootUnits } from '../api/get-root-units.ts';
import { UnitSearchResults } from './unit-search-results.tsx';
import { UnitTree } from './unit-tree.tsx';

const SEARCH_LIMIT = 50;

export function UnitsPage() {
  const m = useMessages();
  usePageTitle(m.units.title);
  const session = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const includeClosed = params.get('closed') === '1';
  const [text, setText] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(text, 250);
  const query = debounced.trim();
  const isSearching = toSearchKey(query).length > 0;

  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (query) next.set('q', query);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [query, setParams]);

  const roots = useRootUnits();
  const search = useUnitSearch({ q: query, includeClosed, limit: SEARCH_LIMIT }, isSearching);
  const hits = search.data?.items ?? [];

  return (
    <Stack gap="md">
      <PageHeader title={m.units.title} description={m.units.intro} />
      <Card withBorder radius="md" padding="md">
        <Stack gap="sm">
          <TextInput
            type="search"
            label={m.units.searchLabel}
            description={m.units.searchHint}
            placeholder={m.units.searchPlaceholder}
            leftSection={<IconSearch size={18} aria-hidden="true" />}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setText('');
            }}
            rightSection={text ? <CloseButton aria-label={m.units.clearSearch} onClick={() => setText('')} /> : null}
            autoComplete="off"
            size="md"
          />
          <Switch
            label={m.units.showClosed}
            checked={includeClosed}
            onChange={(event) => {
              const checked = event.currentTarget.checked;
              setParams(
                (current) => {
                  const next = new URLSearchParams(current);
                  if (checked) next.set('closed', '1');
                  else next.delete('closed');
                  return next;
                },
                { replace: true },
              );
            }}
          />
        </Stack>
      </Card>

      <Card withBorder radius="md" padding="md" component="section" aria-label={isSearching ? m.app.search : m.units.treeLabel}>
        {isSearching ? (
          <Stack gap="sm">
            <Text size="sm" c="dimmed" role="status" aria-live="polite">
              {search.isSuccess && hits.length > 0 ? m.units.searchResults(formatNumber(hits.length), formatNumber(search.data.total)) : ''}
            </Text>
            {search.isPending ? <PageLoader /> : null}
            {search.isError ? <LoadError error={search.error} onRetry={() => void search.refetch()} /> : null}
            {search.isSuccess && hits.length === 0 ? (
              <EmptyState icon={<IconSearchOff aria-hidden="true" />} title={m.units.noResults(query)} description={m.units.noResultsHint} size="sm" />
            ) : null}
            {hits.length > 0 ? <UnitSearchResults hits={hits} query={query} /> : null}
          </Stack>
        ) : (
          <>
            {roots.isPending ? <PageLoader /> : null}
            {roots.isError ? <LoadError error={roots.error} onRetry={() => void roots.refetch()} /> : null}
            {roots.isSuccess ? (
              <UnitTree
                roots={roots.data}
                includeClosed={includeClosed}
                storageKey={`binhdang.tree.${session.activeRoleId ?? 0}`}
                onOpenUnit={(unit) => void navigate(`/units/${unit.id}`)}
              />
            ) : null}
          </>
        )}
      </Card>
    </Stack>
  );
}
