import { Button } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** «Показать все (N)» under a table cut to its first rows, «Свернуть» once it shows them all. */
export function ShowAllButton(props: { count: number; showAll: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <Button size="small" sx={{ mt: 1 }} onClick={props.onToggle} data-print="hide">
      {props.showAll
        ? t('ratings.breakdown.showFewer')
        : t('ratings.breakdown.showAll', { count: props.count })}
    </Button>
  );
}
