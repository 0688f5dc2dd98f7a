import type { BackstageCredentials } from '@backstage/backend-plugin-api';

/**
 * Who is asking, as a cache key: the user (and the plugin acting for them,
 * when a plugin does) or the service. Answers about one caller are never
 * served to another.
 */
export function principalKey(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
    actor?: { subject?: string };
  };
  switch (principal.type) {
    case 'user':
      return `user:${principal.userEntityRef}|${
        principal.actor?.subject ?? ''
      }`;
    case 'service':
      return `service:${principal.subject}`;
    default:
      return principal.type;
  }
}
