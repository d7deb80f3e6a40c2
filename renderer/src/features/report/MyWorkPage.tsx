import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { MyWorkList } from './MyWorkList';
import { ClusterReportStart } from './cluster/ClusterReportStart';

// The editor, with its photo pipeline, camera and redaction, loads when a report is first opened.
const ReportEditor = lazy(() =>
  import('./ReportEditor').then(({ ReportEditor }) => ({ default: ReportEditor })),
);

/** «Мои заявки»: the supervisor's list, and the report editor under it. */
export function MyWorkPage() {
  return (
    <Routes>
      <Route index element={<MyWorkList />} />
      <Route path=":issueId/report/:clientReportId" element={<ReportEditor />} />
      <Route path=":issueId/cluster-report" element={<ClusterReportStart />} />
    </Routes>
  );
}
