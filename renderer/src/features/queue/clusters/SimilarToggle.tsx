import { localeOf } from '@shared/i18n';
import { ToggleButton, Tooltip } from '@mui/material';
import WorkspacesIcon from '@mui/icons-material/Workspaces';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/ipc';

interface Props {
  language: Language;
  on: boolean;
  /** How many clusters the replica holds; null while the worker is still reading it. */
  count: number | null;
  onChange: (on: boolean) => void;
}

/** «Похожие»: the queue's issues grouped into clusters, with how many clusters there are. */
export function SimilarToggle({ language, on, count, onChange }: Props) {
  const { t } = useTranslation();
  const numbers = new Intl.NumberFormat(localeOf[language]);
  return (
    <Tooltip title={t('clusters.toggleHint')} describeChild>
      <ToggleButton
        value="similar"
        size="small"
        selected={on}
        onChange={() => onChange(!on)}
        data-testid="similar-toggle"
        sx={{ textTransform: 'none', py: 0.25, px: 1.25, fontSize: 13, gap: 0.75, whiteSpace: 'nowrap' }}
      >
        <WorkspacesIcon sx={{ fontSize: 16 }} />
        {t('clusters.toggle')}
        <span data-testid="similar-count">{count === null ? '…' : numbers.format(count)}</span>
      </ToggleButton>
    </Tooltip>
  );
}
