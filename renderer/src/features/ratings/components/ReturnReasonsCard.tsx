import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/desk-context';
import type { ReturnReasons } from '../compute/return-reasons';
import { formatCount, formatShare } from '../format';
import { InlineBar } from './InlineBar';
import { Section } from './Section';

/** Why the period's answers were returned, the reason that costs the most returns first. */
export function ReturnReasonsCard({ reasons }: { reasons: ReturnReasons }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const number = (value: number) => formatCount(value, language);
  return (
    <Section
      title={t('returnReasons.title')}
      caption={reasons.returns > 0 ? t('returnReasons.caption', { count: reasons.returns }) : undefined}
      testId="ratings-return-reasons"
    >
      {reasons.reasons.length === 0 ? (
        <Typography color="text.secondary">{t('returnReasons.none')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('returnReasons.reason')}</TableCell>
              <TableCell align="right">{t('returnReasons.returns')}</TableCell>
              <TableCell align="right">{t('returnReasons.share')}</TableCell>
              <TableCell align="right">{t('returnReasons.issues')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {reasons.reasons.map((reason) => (
              <TableRow key={reason.label} data-testid="return-reason-row">
                <TableCell>
                  {reason.label}
                  {reason.otherWordings.length > 0 && (
                    <Typography variant="caption" color="text.secondary" component="p">
                      {t('returnReasons.alsoWritten', {
                        wordings: reason.otherWordings.map((it) => `«${it}»`).join(', '),
                      })}
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right">{number(reason.returns)}</TableCell>
                <TableCell align="right">
                  <InlineBar
                    text={formatShare(reason.share, language)}
                    fraction={reason.share}
                    colour="warning.main"
                  />
                </TableCell>
                <TableCell align="right">{number(reason.issues)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {reasons.withoutComment > 0 && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          {t('returnReasons.withoutComment', { count: reasons.withoutComment })}
        </Typography>
      )}
    </Section>
  );
}
