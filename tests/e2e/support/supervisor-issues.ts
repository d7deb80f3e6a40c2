import { IssueEnvelope, TokenResponse, type Issue } from '@shared/domain';
import { e2eCityUrl, sim } from './city';

// Issues of the demo supervisor made from scratch through the city's own API: a resident files
// one, the dispatcher gives it to the supervisor; for a reopened one the supervisor answers and
// the moderator publishes the answer, and the dispute is left to the journey, so that the
// workstation can see it happen.

async function tokensOf(login: string) {
  const response = await fetch(`${e2eCityUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: 'demo' }),
  });
  return TokenResponse.parse(await response.json());
}

async function companyCall(token: string, method: string, path: string, body: unknown, headers = {}) {
  const response = await fetch(`${e2eCityUrl}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': crypto.randomUUID(),
      ...headers,
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as unknown;
}

/** A new issue the dispatcher has given to the demo supervisor (a lift by default: no photo needed). */
export async function issueOfSupervisor(categoryId = 'entrance-lift'): Promise<Issue> {
  const filed = IssueEnvelope.parse(
    await sim('POST', '/sim/issues', { companyId: 'co-obs', categoryId }),
  ).issue;
  const [dispatcher, supervisor] = await Promise.all([tokensOf('dispatcher'), tokensOf('supervisor')]);
  const assigned = await companyCall(
    dispatcher.accessToken,
    'PATCH',
    `/issues/${filed.id}`,
    { assigneeId: supervisor.user.id },
    { 'if-match': `"${filed.rev}"` },
  );
  return IssueEnvelope.parse(assigned).issue;
}

/** An issue of the demo supervisor whose answer the city has published. */
export async function publishedIssueOfSupervisor(): Promise<Issue> {
  const filed = await issueOfSupervisor();
  const supervisor = await tokensOf('supervisor');
  const clientReportId = crypto.randomUUID();
  const sent = (await companyCall(
    supervisor.accessToken,
    'POST',
    `/issues/${filed.id}/reports`,
    {
      clientReportId,
      text: 'Лифт осмотрен, заменён датчик двери, лифт работает.',
      photos: [],
      completedAt: new Date().toISOString(),
    },
    { 'idempotency-key': clientReportId },
  )) as { report: { id: string } };
  return IssueEnvelope.parse(
    await sim('POST', `/sim/reports/${sent.report.id}/decision`, { decision: 'accept' }),
  ).issue;
}

/** A resident disputes the published answer: the issue is reopened with a new deadline. */
export async function disputeAnswer(issueId: string): Promise<Issue> {
  return IssueEnvelope.parse(await sim('POST', `/sim/issues/${issueId}/dispute`)).issue;
}
