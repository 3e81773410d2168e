/** Each page names itself in the browser tab and for screen readers announcing navigation. */
import { useEffect } from 'react';

export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · BinhDang` : 'BinhDang';
  }, [title]);
}
