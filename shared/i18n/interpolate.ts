/**
 * Fills `{{name}}` placeholders the way i18next does, for code that has no i18next (the main
 * process): the resources in shared/i18n are plain data both processes read.
 */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
