import type { TFunction } from 'i18next';

/** How the repeat mark looks, applied once by the queue's row group (table/row-styles.ts). */
export const repeatMarkStyles = {
  flexShrink: 0,
  marginRight: 4,
  width: 18,
  textAlign: 'center',
  borderRadius: 9,
  fontSize: 12,
  fontWeight: 700,
  lineHeight: '16px',
  color: '#8a4b00',
  backgroundColor: '#fff1dc',
  border: '1px solid #f3c98b',
} as const;

/**
 * A round-arrow mark before an issue's topic, named «Повторная жалоба» (its tooltip too): a
 * complaint resolved here in the 30 days before came back. Small, so the columns keep the widths
 * they had and the status stays whole beside the issue panel at 1280 px. A plain element (the
 * row's translation function, the row group's styles), as every cell is.
 */
export function RepeatMark({ t }: { t: TFunction }) {
  return (
    <span
      data-repeat=""
      role="img"
      title={t('common.repeat.mark')}
      aria-label={t('common.repeat.mark')}
      data-testid="repeat-badge"
    >
      ↻
    </span>
  );
}
