import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root, startBackground, waitForHttp } from './run.mjs';

export const defaultCityPort = 4311;

/**
 * The local reference city server with the demo city, unless CITY_SERVER_URL points at
 * another one. Its data folder survives restarts, so what was done in the demo stays.
 */
export async function startCityServerUnlessConfigured({ corsOrigins = [] } = {}) {
  const configured = process.env.CITY_SERVER_URL;
  if (configured) return { url: configured, started: false, stop: () => {} };
  const cli = join(root, 'city-server/src/cli.ts');
  if (!existsSync(cli)) {
    console.log('(the reference city server is not part of this checkout yet; starting without it)');
    return { url: 'none', started: false, stop: () => {} };
  }
  const port = Number(process.env.CITY_SERVER_PORT ?? defaultCityPort);
  const server = startBackground('npx', [
    'tsx',
    cli,
    '--port',
    String(port),
    '--data',
    join(root, '.data/city'),
    '--seed',
    'demo',
    '--sim',
    ...(corsOrigins.length > 0 ? ['--cors', corsOrigins.join(',')] : []),
  ]);
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/api/v1/openapi.json`, 180_000);
  return { url, started: true, stop: server.stop };
}
