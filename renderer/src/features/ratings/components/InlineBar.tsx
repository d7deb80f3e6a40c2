import { Box, Stack } from '@mui/material';

/** A number with a small bar beside it: a column of them reads as a bar chart. */
export function InlineBar(props: { text: string; fraction: number | null; colour: string; width?: number }) {
  const width = props.width ?? 56;
  const fraction = props.fraction === null ? 0 : Math.min(1, Math.max(0, props.fraction));
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'flex-end' }}>
      <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {props.text}
      </Box>
      <Box
        aria-hidden
        sx={{ width, height: 6, borderRadius: 3, bgcolor: 'action.hover', flexShrink: 0, overflow: 'hidden' }}
      >
        <Box
          sx={{
            width: `${fraction * 100}%`,
            height: '100%',
            bgcolor: props.colour,
            // Bars must print: browsers drop background colours unless told otherwise.
            printColorAdjust: 'exact',
            WebkitPrintColorAdjust: 'exact',
          }}
        />
      </Box>
    </Stack>
  );
}

/** Green when most answers are on time, amber in the middle, red when many are late. */
export function shareColour(share: number | null): string {
  if (share === null) return 'transparent';
  if (share >= 0.9) return 'success.main';
  if (share >= 0.75) return 'warning.main';
  return 'error.main';
}

export function scoreColour(score: number | null): string {
  if (score === null) return 'transparent';
  if (score >= 4) return 'success.main';
  if (score >= 3) return 'warning.main';
  return 'error.main';
}
