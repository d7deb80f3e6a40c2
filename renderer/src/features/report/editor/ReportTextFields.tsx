import { useState } from 'react';
import { Button, MenuItem, Paper, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { REPORT_TEXT_MAX, REPORT_TEXT_MIN, codePointLength } from '@shared/domain';
import { MoscowDateTimeField } from '../../../components/moscow-date/MoscowDateTimeField';
import type { DraftChange, DraftFields } from './draft-save-queue';

interface Props {
  fields: DraftFields;
  templates: readonly string[];
  editable: boolean;
  /** After a submit attempt: a text out of bounds is marked. */
  showProblems: boolean;
  onChange: (change: DraftChange) => void;
}

/** The report's words: a response template to start from, the text, when the work was done. */
export function ReportTextFields({ fields, templates, editable, showProblems, onChange }: Props) {
  const { t } = useTranslation();
  const [template, setTemplate] = useState('');
  const textLength = codePointLength(fields.text);

  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
      {editable && (
        <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
          <TextField
            select
            size="small"
            label={t('report.editor.template')}
            helperText={t('report.editor.templateHint')}
            value={template}
            onChange={(e) => setTemplate(e.target.value)}
            sx={{ flexGrow: 1 }}
          >
            {templates.map((text) => (
              <MenuItem key={text} value={text} sx={{ whiteSpace: 'normal', maxWidth: 800 }}>
                {text}
              </MenuItem>
            ))}
          </TextField>
          <Button
            variant="outlined"
            disabled={!template}
            onClick={() =>
              onChange(({ text }) => ({ text: text.trim() ? `${text.trimEnd()}\n${template}` : template }))
            }
          >
            {t('report.editor.insert')}
          </Button>
        </Stack>
      )}
      <TextField
        label={t('report.editor.text')}
        multiline
        minRows={5}
        fullWidth
        value={fields.text}
        disabled={!editable}
        onChange={(e) => onChange({ text: e.target.value })}
        error={showProblems && (textLength < REPORT_TEXT_MIN || textLength > REPORT_TEXT_MAX)}
        helperText={t('report.editor.textHelp', {
          count: textLength,
          max: REPORT_TEXT_MAX,
          min: REPORT_TEXT_MIN,
        })}
      />
      <MoscowDateTimeField
        label={t('report.editor.completedAt')}
        value={fields.completedAt}
        disabled={!editable}
        onChange={(completedAt) => onChange({ completedAt })}
        sx={{ mt: 2, width: 300 }}
        testId="report-completed-at"
      />
    </Paper>
  );
}
