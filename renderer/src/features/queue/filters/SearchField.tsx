import { useState, type Ref } from 'react';
import { InputAdornment, TextField } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** Enter or ↓ in the box: go to the list of results. */
  onLeave: () => void;
  inputRef: Ref<HTMLInputElement>;
}

/**
 * The search box. It keeps what is typed itself and passes every change on at once (the
 * filter is fast enough for every keystroke); it takes the address's value only while it is
 * not being typed in, so a late update of the address never eats a keystroke.
 */
export function SearchField({ value, onChange, onLeave, inputRef }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [focused, setFocused] = useState(false);
  const [shownValue, setShownValue] = useState(value);
  // Adjusting state while rendering (React's pattern for following a prop) rather than in an effect.
  if (!focused && value !== shownValue) {
    setShownValue(value);
    setText(value);
  }
  return (
    <TextField
      size="small"
      type="search"
      label={t('queue.filters.search')}
      placeholder={t('queue.filters.searchPlaceholder')}
      value={text}
      inputRef={inputRef}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onChange={(event) => {
        setText(event.target.value);
        onChange(event.target.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === 'ArrowDown') {
          event.preventDefault();
          onLeave();
          return;
        }
        if (event.key !== 'Escape') return;
        // Esc in the search: clear it; on an empty box, leave it for the list.
        event.stopPropagation();
        if (text !== '') {
          setText('');
          onChange('');
        } else event.currentTarget.querySelector('input')?.blur();
      }}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
        htmlInput: { 'data-testid': 'queue-search' },
      }}
      sx={{ width: 340 }}
    />
  );
}
