/**
 * Choose a unit by typing part of its name or code (diacritics optional). The list
 * shows each hit's ancestor path so two "Trường Mầm non Tân Tiến" cannot be confused.
 * Searches only the active role's subtree: what the server lets this person reach.
 */
import { Loader, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { useMessages } from '../../lib/i18n.tsx';
import { useUnitSearch, type UnitSearchHit } from './search-units.ts';

export interface PickedUnit {
  id: number;
  code: string;
  name: string;
}

interface UnitPickerProps {
  label: ReactNode;
  description?: ReactNode;
  placeholder?: string;
  value: PickedUnit | null;
  onChange: (unit: PickedUnit | null) => void;
  error?: ReactNode;
  required?: boolean;
  includeClosed?: boolean;
  /** Units that may not be chosen here (the unit itself when choosing its new parent). */
  excludeIds?: readonly number[];
  disabled?: boolean;
  clearable?: boolean;
  /** Only units this test accepts are offered (e.g. those that may have children). */
  accept?: (hit: UnitSearchHit) => boolean;
}

export function UnitPicker({ label, description, placeholder, value, onChange, error, required, includeClosed = false, excludeIds = [], disabled, clearable = true, accept }: UnitPickerProps) {
  const m = useMessages();
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search, 250);
  const isShowingValue = value !== null && search === value.name;
  const query = useUnitSearch({ q: debounced, includeClosed, limit: 20 }, !isShowingValue && !disabled);

  const hits = useMemo(
    () => (query.data?.items ?? []).filter((hit) => !excludeIds.includes(hit.id) && (!accept || accept(hit))),
    [query.data, excludeIds, accept],
  );
  const byId = useMemo(() => new Map(hits.map((hit) => [String(hit.id), hit])), [hits]);
  const data = useMemo(() => {
    const options = hits.map((hit) => ({ value: String(hit.id), label: hit.name }));
    if (value && !byId.has(String(value.id))) options.unshift({ value: String(value.id), label: value.name });
    return options;
  }, [hits, byId, value]);

  const isSearching = !isShowingValue && debounced.trim().length > 0;
  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder ?? m.units.pickUnit}
      searchable
      clearable={clearable}
      required={required}
      disabled={disabled}
      error={error}
      data={data}
      value={value ? String(value.id) : null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      maxDropdownHeight={320}
      nothingFoundMessage={isSearching && !query.isFetching ? m.units.noResults(debounced.trim()) : undefined}
      rightSection={query.isFetching ? <Loader size="xs" aria-hidden="true" /> : undefined}
      onChange={(id) => {
        if (!id) return onChange(null);
        const hit = byId.get(id);
        if (hit) onChange({ id: hit.id, code: hit.code, name: hit.name });
        else if (value && String(value.id) === id) onChange(value);
      }}
      renderOption={({ option }) => {
        const hit = byId.get(option.value);
        return (
          <div>
            <Text size="sm">{option.label}</Text>
            {hit ? (
              <Text size="xs" c="dimmed">
                {hit.code}
                {hit.path.length > 0 ? ` · ${hit.path.join(' › ')}` : ''}
                {hit.isOpen ? '' : ` · ${m.units.closed}`}
              </Text>
            ) : null}
          </div>
        );
      }}
    />
  );
}
