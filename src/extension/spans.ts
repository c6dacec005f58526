/** Whether an offset falls inside a span (end exclusive). Free of `vscode` so it can be unit-tested. */
export function contains(span: { start: number; end: number }, offset: number): boolean {
  return offset >= span.start && offset < span.end;
}
