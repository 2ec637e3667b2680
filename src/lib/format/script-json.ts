/**
 * JSON to place inside `<script type="application/json">`: `<`, `>` and `&`
 * written as `\u003c`, `\u003e`, `\u0026` (and U+2028/U+2029 as escapes), so no
 * value — a kommune name `</script><script>…` in a raw file — can close the
 * element or open a comment. JSON.parse reads it back to the same value.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
