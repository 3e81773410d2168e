/**
 * /roster — the unit's staff list (danh sách cán bộ, giáo viên, nhân viên), for its own
 * committee head and officer only: a table as of a day, a name search that ignores
 * diacritics, people who left on request; add a person, import from Excel, and each
 * person in a drawer (person-drawer.tsx).
 */
import { Alert, Anchor, Badge, Button, Group, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { IconFileImport, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { RosterPerson } from '../../../../../common/contracts/roster.ts';
import { formatDate, formatNumber, parseVietnameseDate } from '../../../../../common/text/format.ts';
import { compareVietnamese, toSearchKey } from '../../../../../common/text/vietnamese.ts';
import { DateField } from '../../../components/date-field.tsx';
import { HighlightedText } from '../../../components/highlighted-text.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useActiveRole } from '../../../lib/session.ts';
import { useRoster } from '../api/get-roster.ts';
import { canKeepRoster } from '../hooks/use-roster-access.ts';
import { PersonDrawer } from './person-drawer.tsx';
import { birthText, ethnicGroupName, trainingText } from './roster-words.ts';
import { SensitiveBadge } from './sensitive-badge.tsx';
import './roster.css';

export function RosterPage() {
  const m = useMessages();
  const w = m.roster;
  usePageTitle(w.listTitle);
  const role = useActiveRole();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const [asOfText, setAsOfText] = useState('');
  const includeLeft = params.get('include') === 'all';
  const asOf = parseVietnameseDate(asOfText) ?? undefined;
  const isAllowed = canKeepRoster(role?.role);
  const roster = useRoster({ asOf, include: includeLeft ? 'all' : 'current' }, isAllowed);

  const personParam = params.get('person');
  const drawerTarget: 'new' | number | null = personParam === 'new' ? 'new' : personParam && Number(personParam) > 0 ? Number(personParam) : null;
  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: key !== 'person' },
    );

  const people = useMemo(() => {
    const list = [...(roster.data?.people ?? [])].sort((a, b) => compareVietnamese(givenNameFirst(a.fullName), givenNameFirst(b.fullName)));
    const key = toSearchKey(search);
    return key ? list.filter((person) => toSearchKey(person.fullName).includes(key)) : list;
  }, [roster.data, search]);

  if (!isAllowed) {
    return (
      <Stack gap="md">
        <PageHeader title={w.listTitle} />
        <Alert color="orange" variant="light">
          {w.notAllowed}{' '}
          <Anchor component={Link} to="/roster/statistics">
            {w.statistics.title}
          </Anchor>
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <PageHeader
        title={w.listTitle}
        description={w.listIntro(role?.unitName ?? '')}
        actions={
          <>
            <Button leftSection={<IconUserPlus size={18} aria-hidden="true" />} onClick={() => setParam('person', 'new')}>
              {w.add}
            </Button>
            <Button component={Link} to="/roster/import" variant="default" leftSection={<IconFileImport size={18} aria-hidden="true" />}>
              {w.importFromExcel}
            </Button>
          </>
        }
      />

      <div className="roster-filters" role="search" aria-label={w.filters}>
        <TextInput
          className="roster-search"
          label={w.search}
          description={w.searchHint}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          type="search"
          autoComplete="off"
        />
        <DateField className="roster-as-of" label={w.asOf} description={w.asOfHint} value={asOfText} onChange={setAsOfText} error={asOfText.trim() && !asOf ? m.validation.invalidDate : undefined} />
        <Switch label={w.includeLeft} checked={includeLeft} onChange={(event) => setParam('include', event.currentTarget.checked ? 'all' : null)} mb={6} />
      </div>

      {roster.isPending ? (
        <PageLoader />
      ) : roster.isError ? (
        <LoadError error={roster.error} onRetry={() => void roster.refetch()} />
      ) : roster.data.people.length === 0 ? (
        <Alert color="blue" variant="light" title={w.empty}>
          {w.emptyHint}
        </Alert>
      ) : (
        <Stack gap="xs">
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {w.shown(formatNumber(people.length), formatNumber(roster.data.people.length))}
            {' · '}
            {w.asOf} {formatDate(roster.data.asOf)}
          </Text>
          {people.length === 0 ? <Text>{w.noMatch(search.trim())}</Text> : <RosterTable people={people} search={search} onOpen={(id) => setParam('person', String(id))} />}
        </Stack>
      )}

      <PersonDrawer target={drawerTarget} onClose={() => setParam('person', null)} onCreated={(person) => setParam('person', String(person.id))} />
    </Stack>
  );
}

/** Vietnamese lists sort by the given name (the last word), then the rest: "Lê Văn Bình" under B. */
function givenNameFirst(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return [words.at(-1) ?? '', ...words.slice(0, -1)].join(' ');
}

function RosterTable({ people, search, onOpen }: { people: RosterPerson[]; search: string; onOpen: (id: number) => void }) {
  const m = useMessages();
  const w = m.roster;
  const col = w.col;
  const yesNo = (value: boolean) => (value ? m.app.yes : m.app.no);
  // On a phone the rows are cards (roster.css), which need no sideways scrolling.
  const isPhone = useMediaQuery('(max-width: 47.99em)');
  return (
    <Table.ScrollContainer minWidth={isPhone ? 0 : 960}>
      <Table striped highlightOnHover verticalSpacing="xs" className="roster-table" aria-label={w.tableLabel} data-testid="roster-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{col.fullName}</Table.Th>
            <Table.Th scope="col">{col.birth}</Table.Th>
            <Table.Th scope="col">{col.sex}</Table.Th>
            <Table.Th scope="col">
              {col.ethnicGroup}
              <SensitiveBadge />
            </Table.Th>
            <Table.Th scope="col">{col.position}</Table.Th>
            <Table.Th scope="col">{col.staffGroup}</Table.Th>
            <Table.Th scope="col">{col.trainingLevel}</Table.Th>
            <Table.Th scope="col">{col.partyMember}</Table.Th>
            <Table.Th scope="col">{col.planningPool}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.id} data-left={person.endDate ? 'true' : undefined}>
              <Table.Td>
                <Anchor component="button" type="button" className="roster-name-button" onClick={() => onOpen(person.id)} aria-label={w.open(person.fullName)}>
                  <HighlightedText text={person.fullName} query={search} />
                </Anchor>
                {person.endDate ? (
                  <div>
                    <Badge size="sm" variant="light" color="orange">
                      {w.left(formatDate(person.endDate))}
                    </Badge>
                  </div>
                ) : null}
              </Table.Td>
              <Table.Td data-label={col.birth}>{birthText(person)}</Table.Td>
              <Table.Td data-label={col.sex}>{w.sexes[person.sex]}</Table.Td>
              <Table.Td data-label={col.ethnicGroup}>{ethnicGroupName(person.ethnicGroupCode) ?? m.app.none}</Table.Td>
              <Table.Td data-label={col.position}>{person.position ? w.positions[person.position] : m.app.none}</Table.Td>
              <Table.Td data-label={col.staffGroup}>
                {person.staffGroup ? <abbr title={w.staffGroups[person.staffGroup]}>{w.staffGroupsShort[person.staffGroup]}</abbr> : m.app.none}
              </Table.Td>
              <Table.Td data-label={col.trainingLevel}>{trainingText(w, person) ?? m.app.none}</Table.Td>
              <Table.Td data-label={col.partyMember}>{yesNo(person.isPartyMember)}</Table.Td>
              <Table.Td data-label={col.planningPool}>{person.isInPlanningPool ? (person.planningPoolPost ?? m.app.yes) : m.app.no}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
