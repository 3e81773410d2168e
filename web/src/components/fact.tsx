/** One label and its value in a `dl.facts` list (a unit's details, the person's profile). */
import type { ReactNode } from 'react';

export function Fact({ label, className, children }: { label: ReactNode; className?: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className={className}>{children}</dd>
    </>
  );
}
