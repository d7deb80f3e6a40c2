/** The assignee picker, open for these issues (one, the marked ones, or a whole cluster). */
export interface PickerState {
  issueIds: readonly string[];
  /** The one issue's assignee now, to show as chosen; null for several. */
  currentId: string | null;
}
