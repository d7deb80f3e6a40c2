import type { TFunction } from 'i18next';

/** How the repeat mark looks, applied once by the queue's row group (table/row-styles.ts). */
export const repeatMarkStyles = {
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
} as const;

/**
 * «Повт.» beside an issue's number: a complaint resolved here in the 30 days before came back.
 * A plain element (the row's translation function, the row group's styles), as every cell is.
 */
export function RepeatMark({ t }: { t: TFunction }) {
  return (
    <span
      data-repeat=""
      title={t('common.repeat.mark')}
      aria-label={t('common.repeat.mark')}
      data-testid="repeat-badge"
    >
      {t('common.repeat.short')}
    </span>
  );
}
