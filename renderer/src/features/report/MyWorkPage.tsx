import { Route, Routes } from 'react-router';
import { MyWorkList } from './MyWorkList';
import { ReportEditor } from './ReportEditor';

/** «Мои заявки»: the supervisor's list, and the report editor under it. */
export function MyWorkPage() {
  return (
    <Routes>
      <Route index element={<MyWorkList />} />
      <Route path=":issueId/report/:clientReportId" element={<ReportEditor />} />
    </Routes>
  );
}
