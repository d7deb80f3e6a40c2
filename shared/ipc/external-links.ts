// Only these sites may be opened outside the app: the city portal and map services.
// Anything else (a resident's text may contain any link) stays closed.
export const externalLinkHosts = [
  'gorod.mos.ru',
  'www.mos.ru',
  'mos.ru',
  'yandex.ru',
  'yandex.com',
  'www.openstreetmap.org',
  'openstreetmap.org',
  '2gis.ru',
] as const;

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return false;
  return (externalLinkHosts as readonly string[]).includes(url.hostname);
}
