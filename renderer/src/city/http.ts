import axios, { type AxiosInstance, type AxiosRequestConfig, type AxiosResponse, isAxiosError } from 'axios';
import type { z } from 'zod';
import { Problem } from '@shared/domain';
import { CityError } from './errors';

export const DEFAULT_TIMEOUT_MS = 30_000;

export function createHttp(baseUrl: string, timeoutMs = DEFAULT_TIMEOUT_MS): AxiosInstance {
  return axios.create({
    baseURL: `${baseUrl.replace(/\/+$/, '')}/api/v1`,
    timeout: timeoutMs,
    // Every status is an answer to read; errors are classified below, not thrown by axios.
    validateStatus: () => true,
    headers: { Accept: 'application/json, application/problem+json' },
  });
}

function retryAfterMs(response: AxiosResponse): number | null {
  const raw: unknown = response.headers['retry-after'];
  if (typeof raw !== 'string') return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

/** Turns an error status into a CityError, reading the problem document when there is one. */
export function errorFromResponse(response: AxiosResponse): CityError {
  const parsed = Problem.safeParse(response.data);
  const problem = parsed.success ? parsed.data : null;
  const message = problem
    ? `${problem.title}${problem.detail ? `: ${problem.detail}` : ''}`
    : `The city answered ${response.status} without a problem document`;
  return new CityError('http', message, {
    status: response.status,
    problem,
    retryAfterMs: retryAfterMs(response),
  });
}

export function errorFromThrown(error: unknown): CityError {
  if (error instanceof CityError) return error;
  if (isAxiosError(error)) {
    if (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT')
      return new CityError('timeout', 'The city did not answer in time');
    return new CityError('network', `No answer from the city (${error.code ?? error.message})`);
  }
  return new CityError('network', error instanceof Error ? error.message : String(error));
}

/** Sends a request; a 2xx answer is parsed with `schema` (else 'malformed'), any other is a CityError. */
export async function requestJson<S extends z.ZodType>(
  http: AxiosInstance,
  config: AxiosRequestConfig,
  schema: S,
): Promise<{ data: z.infer<S>; status: number }> {
  let response: AxiosResponse;
  try {
    response = await http.request({ responseType: 'json', ...config });
  } catch (error) {
    throw errorFromThrown(error);
  }
  if (response.status < 200 || response.status >= 300) throw errorFromResponse(response);
  const parsed = schema.safeParse(response.data);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new CityError(
      'malformed',
      `The city's answer to ${config.method ?? 'GET'} ${config.url} is not in the agreed form (${where})`,
      {
        status: response.status,
      },
    );
  }
  return { data: parsed.data, status: response.status };
}
