/** A table's column headers, each scoped to its column; an actions column is named for screen readers only. */
import { Table } from '@mantine/core';
import { useMessages } from '../lib/i18n.tsx';

interface TableHeadProps {
  columns: readonly string[];
  /** A last column of buttons, whose header is read out but not shown. */
  hasActions?: boolean;
}

export function TableHead({ columns, hasActions = false }: TableHeadProps) {
  const m = useMessages();
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column, index) => (
          <Table.Th scope="col" key={index}>
            {column}
          </Table.Th>
        ))}
        {hasActions ? (
          <Table.Th scope="col">
            <span className="visually-hidden">{m.app.actions}</span>
          </Table.Th>
        ) : null}
      </Table.Tr>
    </Table.Thead>
  );
}
