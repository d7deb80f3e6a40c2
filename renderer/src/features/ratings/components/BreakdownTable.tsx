import {
  Link,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TableSortLabel,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useLanguage } from '../../../app/desk-context';
import type { BreakdownRow } from '../compute/breakdowns';
import { queueHref } from '../queue-links';
import { ShowAllButton } from './ShowAllButton';
import { formatCount, formatDecimal, formatShare } from '../format';
import {
  breakdownColumns,
  defaultBreakdownSort,
  firstDirection,
  sortBreakdown,
  type BreakdownColumn,
  type BreakdownSort,
} from './breakdown-sort';
import { InlineBar, scoreColour, shareColour } from './InlineBar';

export type BreakdownKind = 'topic' | 'staff' | 'street' | 'building';

/** Enough rows to see the worst at a glance; the rest on request. */
const FIRST_ROWS = 10;

const numeric = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

export function BreakdownTable({ kind, rows }: { kind: BreakdownKind; rows: readonly BreakdownRow[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [sort, setSort] = useState<BreakdownSort>(defaultBreakdownSort);
  const [showAll, setShowAll] = useState(false);
  const nameOf = (row: BreakdownRow) =>
    row.name === null ? t(`ratings.breakdown.none.${kind}`) : row.name[language];
  const sorted = useMemo(
    () => sortBreakdown(rows, sort, (row) => (row.name === null ? '' : row.name[language]), language),
    [rows, sort, language],
  );
  const maxIssues = Math.max(1, ...rows.map((row) => row.figures.issues));
  const shown = showAll ? sorted : sorted.slice(0, FIRST_ROWS);

  const header = (column: BreakdownColumn) => {
    const label =
      column === 'name' ? t(`ratings.breakdown.name.${kind}`) : t(`ratings.breakdown.columns.${column}`);
    const active = sort.column === column;
    return (
      <TableCell
        key={column}
        // A long header («Медиана, рабочие ч») wraps rather than pushing the table past its panel.
        sx={column === 'name' ? undefined : { ...numeric, whiteSpace: 'normal' }}
        sortDirection={active ? sort.direction : false}
      >
        <TableSortLabel
          active={active}
          direction={active ? sort.direction : firstDirection[column]}
          onClick={() =>
            setSort(
              active
                ? { column, direction: sort.direction === 'asc' ? 'desc' : 'asc' }
                : { column, direction: firstDirection[column] },
            )
          }
        >
          {label}
        </TableSortLabel>
      </TableCell>
    );
  };

  if (rows.length === 0)
    return (
      <Typography color="text.secondary" sx={{ py: 2 }}>
        {t('ratings.breakdown.empty')}
      </Typography>
    );

  return (
    <>
      <Table size="small" data-testid={`breakdown-${kind}`} sx={{ '& td, & th': { px: 0.75 } }}>
        <TableHead>
          <TableRow>{breakdownColumns.map(header)}</TableRow>
        </TableHead>
        <TableBody>
          {shown.map((row) => {
            const { figures } = row;
            const name = nameOf(row);
            const href = queueHref(row.target);
            return (
              <TableRow
                key={row.key}
                hover
                onClick={() => void navigate(href)}
                sx={{ cursor: 'pointer' }}
                data-testid="breakdown-row"
              >
                <TableCell className="breakdown-name" sx={{ maxWidth: { xs: 200, lg: 240, xl: 380 } }}>
                  <Link
                    component={RouterLink}
                    to={href}
                    underline="hover"
                    color="inherit"
                    aria-label={t('ratings.breakdown.openQueue', { name })}
                    onClick={(event) => event.stopPropagation()}
                    sx={{
                      display: 'block',
                      overflow: 'hidden',
                      textOverflow: 'ellipsis',
                      whiteSpace: 'nowrap',
                    }}
                    title={name}
                  >
                    {name}
                  </Link>
                </TableCell>
                <TableCell sx={numeric}>
                  <InlineBar
                    text={formatCount(figures.issues, language)}
                    fraction={figures.issues / maxIssues}
                    colour="primary.light"
                    width={44}
                  />
                </TableCell>
                <TableCell sx={numeric}>
                  <InlineBar
                    text={figures.onTimeShare === null ? '—' : formatShare(figures.onTimeShare, language)}
                    fraction={figures.onTimeShare}
                    colour={shareColour(figures.onTimeShare)}
                    width={44}
                  />
                </TableCell>
                <TableCell sx={{ ...numeric, fontWeight: figures.late > 0 ? 600 : undefined }}>
                  {formatCount(figures.late, language)}
                </TableCell>
                <TableCell sx={numeric}>
                  {figures.overdue > 0 ? (
                    <Link
                      component={RouterLink}
                      to={queueHref(row.target, 'overdue')}
                      color="error"
                      aria-label={t('ratings.breakdown.openOverdue', {
                        name,
                        count: figures.overdue,
                        shown: formatCount(figures.overdue, language),
                      })}
                      onClick={(event) => event.stopPropagation()}
                    >
                      {formatCount(figures.overdue, language)}
                    </Link>
                  ) : (
                    '0'
                  )}
                </TableCell>
                <TableCell sx={numeric}>{formatCount(figures.returned, language)}</TableCell>
                <TableCell sx={numeric}>
                  <InlineBar
                    text={figures.avgScore === null ? '—' : formatDecimal(figures.avgScore, language, 2)}
                    fraction={figures.avgScore === null ? null : (figures.avgScore - 1) / 4}
                    colour={scoreColour(figures.avgScore)}
                    width={32}
                  />
                </TableCell>
                <TableCell sx={numeric}>
                  {figures.medianWorkingHours === null
                    ? '—'
                    : formatDecimal(figures.medianWorkingHours, language, 1)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {sorted.length > FIRST_ROWS && (
        <ShowAllButton count={sorted.length} showAll={showAll} onToggle={() => setShowAll(!showAll)} />
      )}
    </>
  );
}
