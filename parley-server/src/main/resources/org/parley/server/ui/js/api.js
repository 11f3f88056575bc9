// Thin client of the JSON API (/api/openapi.json). Errors of the API become ApiError with its message.
export class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

export async function api(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const url = 'api/' + path + (q.toString() ? '?' + q : '');
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) throw new ApiError(res.status, body && body.error ? body.error.message : res.statusText);
  return body;
}

// Article ids may hold slashes ("2017/05/x"); the API's article route takes them as they are.
export function idPath(id) { return String(id).split('/').map(encodeURIComponent).join('/'); }
