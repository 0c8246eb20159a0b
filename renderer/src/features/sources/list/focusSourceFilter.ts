export const SOURCE_FILTER_INPUT_ID = 'source-filter-query';

/** `/` jumps to the source list's text filter, as search fields do in most tools. */
export function focusSourceFilter(): void {
  const input = document.getElementById(SOURCE_FILTER_INPUT_ID);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}
