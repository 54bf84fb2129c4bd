// The page's calls to the local server. Every call goes to the page's own origin; nothing else is
// contacted. A refusal from the server carries a Swedish message, which is thrown as the error.

async function answer(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const message = body && body.error ? body.error.message : `servern svarade ${response.status}`;
    throw new Error(message);
  }
  return body;
}

/** POST a JSON body; `signal` lets a newer check cancel an older one. */
export async function postJSON(path, body, signal) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
  return answer(response);
}

export async function getJSON(path) {
  return answer(await fetch(path));
}

/** POST a file as a form, as `check-file` and `read-file` take it. */
export async function postFile(path, file) {
  const form = new FormData();
  form.append('file', file, file.name);
  return answer(await fetch(path, { method: 'POST', body: form }));
}
