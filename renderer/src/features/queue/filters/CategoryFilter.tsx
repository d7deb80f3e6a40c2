import { useId, useRef, useState } from 'react';
import {
  Box,
  Checkbox,
  Collapse,
  FormControl,
  IconButton,
  InputLabel,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Popover,
  Select,
} from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { useTranslation } from 'react-i18next';
import { categoryName, type QueueLookups } from '../model/lookups';
import { categoryCheck, toggleCategory } from '../model/category-selection';

interface Props {
  lookups: QueueLookups;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/** The category tree: a top-level category's box chooses all of its topics; each topic can be chosen alone. */
export function CategoryFilter({ lookups, selected, onChange }: Props) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const fieldRef = useRef<HTMLDivElement | null>(null);
  const labelId = useId();
  const name = (id: string) => {
    const category = lookups.categories.get(id);
    return category ? categoryName(category, lookups.language) : id;
  };
  const [first, ...rest] = selected;
  const summary =
    first === undefined
      ? ''
      : rest.length === 0
        ? name(first)
        : t('queue.filters.selected', { first: name(first), more: rest.length });
  const box = (id: string) => {
    const check = categoryCheck(selected, id, lookups.children);
    return (
      <Checkbox
        size="small"
        checked={check === 'checked'}
        indeterminate={check === 'partial'}
        onChange={() => onChange(toggleCategory(selected, id, lookups.children))}
        slotProps={{ input: { 'aria-label': name(id) } }}
        sx={{ p: 0.5 }}
      />
    );
  };
  const toggleExpanded = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <FormControl size="small" sx={{ width: 160 }} ref={fieldRef} data-testid="filter-category">
        <InputLabel id={labelId}>{t('queue.filters.category')}</InputLabel>
        {/* A select in looks only: the tree needs more than a menu, so it opens in a popover. */}
        <Select
          labelId={labelId}
          label={t('queue.filters.category')}
          multiple
          open={false}
          onOpen={() => setAnchor(fieldRef.current)}
          value={[...selected]}
          renderValue={() => summary}
          sx={{ fontSize: 13 }}
        >
          {selected.map((id) => (
            <MenuItem key={id} value={id}>
              {name(id)}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        slotProps={{ paper: { sx: { width: 380, maxHeight: 480 } } }}
      >
        <List dense disablePadding aria-label={t('queue.filters.category')}>
          {lookups.tree.map(({ category, topics }) => (
            <Box key={category.id}>
              <ListItem
                disablePadding
                sx={{ pl: 0.5 }}
                secondaryAction={
                  <IconButton
                    size="small"
                    onClick={() => toggleExpanded(category.id)}
                    aria-expanded={expanded.has(category.id)}
                    aria-label={name(category.id)}
                  >
                    {expanded.has(category.id) ? (
                      <ExpandMoreIcon fontSize="small" />
                    ) : (
                      <ChevronRightIcon fontSize="small" />
                    )}
                  </IconButton>
                }
              >
                {box(category.id)}
                <ListItemText
                  primary={name(category.id)}
                  secondary={`${topics.length} · ${t('queue.filters.allTopics')}`}
                  slotProps={{
                    primary: { sx: { fontSize: 13, fontWeight: 600 } },
                    secondary: { sx: { fontSize: 11 } },
                  }}
                />
              </ListItem>
              <Collapse in={expanded.has(category.id)} unmountOnExit>
                {topics.map((topic) => (
                  <ListItem key={topic.id} disablePadding sx={{ pl: 4 }}>
                    {box(topic.id)}
                    <ListItemText
                      primary={name(topic.id)}
                      slotProps={{ primary: { sx: { fontSize: 13 } } }}
                    />
                  </ListItem>
                ))}
              </Collapse>
            </Box>
          ))}
        </List>
      </Popover>
    </>
  );
}
