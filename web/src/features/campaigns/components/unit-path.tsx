/** Where in the viewer's subtree a board or rollup is: each unit above the current one is a step back up. */
import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { unitRef } from '../../../../../common/contracts/units.ts';
import { useMessages } from '../../../lib/i18n.tsx';

type UnitRef = z.infer<typeof unitRef>;

interface UnitPathProps {
  /** From the viewer's top down to the unit shown (the last). */
  path: readonly UnitRef[];
  /** The link to a unit of the path; the first one (the viewer's top) usually drops `?unit=`. */
  hrefOf: (unit: UnitRef, index: number) => { search: string };
}

export function UnitPath({ path, hrefOf }: UnitPathProps) {
  const m = useMessages();
  if (path.length <= 1) return null;
  return (
    <nav aria-label={m.campaigns.viewing} className="breadcrumb">
      <Breadcrumbs separator="›" separatorMargin={6}>
        {path.map((unit, index) =>
          index === path.length - 1 ? (
            <Text size="sm" aria-current="location" fw={600} key={unit.id}>
              {unit.name}
            </Text>
          ) : (
            <Anchor component={Link} to={hrefOf(unit, index)} size="sm" key={unit.id}>
              {unit.name}
            </Anchor>
          ),
        )}
      </Breadcrumbs>
    </nav>
  );
}
