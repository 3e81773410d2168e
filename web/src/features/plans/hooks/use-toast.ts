/** A short confirmation in the corner ("Đã lưu kế hoạch"), its close button named in the page's language. */
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useMessages } from '../../../lib/i18n.tsx';

export function useToast(): (message: string, color?: string) => void {
  const m = useMessages();
  const close = m.app.close;
  return useCallback((message: string, color = 'teal') => void notifications.show({ color, message, closeButtonProps: { 'aria-label': close } }), [close]);
}
