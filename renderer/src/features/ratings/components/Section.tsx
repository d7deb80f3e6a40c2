import { Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled panel of the dashboard. */
export function Section(props: {
  title: string;
  caption?: string;
  action?: ReactNode;
  children: ReactNode;
  testId?: string;
  /** For a link or a scroll to the panel. */
  id?: string;
}) {
  return (
    <Paper
      variant="outlined"
      component="section"
      sx={{ p: 2, minWidth: 0, breakInside: 'avoid' }}
      data-testid={props.testId}
      id={props.id}
      aria-label={props.title}
    >
      <Stack direction="row" sx={{ alignItems: 'baseline', columnGap: 2, flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
          {props.title}
        </Typography>
        {props.caption && (
          <Typography variant="caption" color="text.secondary" sx={{ flex: '1 1 240px' }}>
            {props.caption}
          </Typography>
        )}
        {props.action}
      </Stack>
      {props.children}
    </Paper>
  );
}
