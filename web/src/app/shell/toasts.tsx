/** The toast container, loaded after the shell (its code and styles stay out of the first download). */
import '@mantine/core/styles/Notification.css';
import '@mantine/notifications/styles.css';
import { Notifications } from '@mantine/notifications';

export function Toasts() {
  return <Notifications position="top-right" limit={3} />;
}
