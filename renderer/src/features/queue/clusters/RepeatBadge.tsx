import { styled } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';

const Badge = styled('span')({
  flexShrink: 0,
  marginLeft: 6,
  padding: '0 6px',
  borderRadius: 8,
  fontSize: 11,
  fontWeight: 600,
  lineHeight: '18px',
  color: '#8a4b00',
  backgroundColor: '#fff1dc',
  border: '1px solid #f3c98b',
});

/** «Повторная» beside an issue's number: a complaint resolved here in the 30 days before came back. */
export function RepeatBadge() {
  const { t } = useTranslation();
  return (
    <Badge title={t('common.repeat.mark')} aria-label={t('common.repeat.mark')} data-testid="repeat-badge">
      {t('common.repeat.short')}
    </Badge>
  );
}
