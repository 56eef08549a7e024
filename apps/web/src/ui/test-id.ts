/**
 * antd forwards row, cell and button props to the DOM, but its prop types do not list data-*
 * attributes; this keeps the one cast needed for browser-test ids in one place.
 */
export function testId<T extends object>(id: string): T {
  return { 'data-testid': id } as unknown as T;
}
