import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

/** One titled part of the issue panel (the resident's words, the photos, similar complaints, …). */
export function PanelSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" sx={{ px: 2, py: 1.5 }}>
      <Typography
        variant="overline"
        component="h3"
        color="text.secondary"
        sx={{ display: 'block', lineHeight: 1.6, mb: 0.75, fontWeight: 600, letterSpacing: 0.6 }}
      >
        {title}
      </Typography>
      {children}
    </Box>
  );
}
