import { Box, Paper, Typography } from '@mui/material';
import type { SvgIconComponent } from '@mui/icons-material';
import type { ReactNode } from 'react';

interface Props {
  icon: SvgIconComponent;
  title: string;
  description: string;
  children?: ReactNode;
}

/** The heading and explanation of a screen that has nothing to show yet. */
export function ScreenPlaceholder({ icon: Icon, title, description, children }: Props) {
  return (
    <Box sx={{ p: 3 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {title}
      </Typography>
      <Paper variant="outlined" sx={{ p: 4, display: 'flex', gap: 3, alignItems: 'center', maxWidth: 880 }}>
        <Icon sx={{ fontSize: 56, color: 'primary.main', opacity: 0.8 }} />
        <Box>
          <Typography variant="body1">{description}</Typography>
          {children}
        </Box>
      </Paper>
    </Box>
  );
}
