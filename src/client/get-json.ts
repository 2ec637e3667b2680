/** GET a JSON file from the site: an HTTP error (a missing file) is an error, never a parsed error page. */
export async function getJson<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return (await r.json()) as T;
}
