import { GlobalStyles } from '@mui/material';

/**
 * The printed report (Electron's printToPDF, or the browser's print on the web platform): A4
 * landscape, no navigation, no buttons, the whole page rather than the scrolled window, and
 * panels kept whole across page breaks. Mounted with the ratings screen, so it prints only this.
 */
export function PrintStyles() {
  return (
    <GlobalStyles
      styles={{
        '@media print': {
          '@page': { size: 'A4 landscape', margin: '10mm' },
          'html, body': { background: '#fff !important', height: 'auto !important' },
          '.MuiAppBar-root, .MuiDrawer-root, nav, [data-print="hide"], .MuiSnackbar-root': {
            display: 'none !important',
          },
          // The shell scrolls its main area inside a 100vh box: printed, that would be one screenful.
          '#root, #root > div, main': {
            display: 'block !important',
            height: 'auto !important',
            overflow: 'visible !important',
          },
          'main > .MuiToolbar-root': { display: 'none !important' },
          '[data-print="only"]': { display: 'block !important' },
          '.ratings-page': { padding: '0 !important', maxWidth: 'none !important' },
          '.ratings-page section, .ratings-page .MuiPaper-root': { breakInside: 'avoid', boxShadow: 'none' },
          // A4 landscape is about 1,000 CSS pixels wide: the breakdown's eight columns must fit in it.
          '.ratings-page .MuiTableCell-root': { paddingTop: '2px', paddingBottom: '2px', fontSize: '11px' },
          '.ratings-page .MuiTableSortLabel-icon': { display: 'none !important' },
          '.ratings-page .breakdown-name': { maxWidth: '220px !important' },
          // Print is narrower than the screen's wide layout: keep the cards on one row and the charts side by side.
          '.ratings-page [data-testid="kpi-cards"]': { gridTemplateColumns: 'repeat(7, 1fr) !important' },
          '.ratings-page .ratings-charts': { gridTemplateColumns: '3fr 2fr !important' },
          // The repeats' three tables side by side, as on a wide screen.
          '.ratings-page .repeats-tables': { gridTemplateColumns: '1fr 1fr 1fr !important' },
        },
      }}
    />
  );
}
