import { API_PREFIX } from '@interview-prep/contracts';

/** The absolute path of an API route: `apiUrl('sessions')` is `/api/v1/sessions`. */
export function apiUrl(path: string): string {
  return `/${API_PREFIX}/${path}`;
}

/** True for a request to our own API (and not, say, a static asset). */
export function isApiUrl(url: string): boolean {
  return url.startsWith(`/${API_PREFIX}/`);
}
