// Talks to the service: the REST API and the live stream, with the bearer token in a header only.
// The token lives in this tab's sessionStorage; it never goes into a URL.

const TOKEN_KEY = 'incident-alerts.token';
let askForToken = async () => { throw new Error('no token dialog'); };

export function setTokenPrompt(prompt) {
  askForToken = prompt;
}

function headers(extra = {}) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { ...extra, Authorization: 'Bearer ' + token } : extra;
}

export async function ensureToken(required) {
  if (required && !sessionStorage.getItem(TOKEN_KEY)) {
    sessionStorage.setItem(TOKEN_KEY, await askForToken());
  }
}

async function askAgain() {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.setItem(TOKEN_KEY, await askForToken());
}

export async function getJson(path) {
  for (;;) {
    const res = await fetch(path, { headers: headers({ Accept: 'application/json' }), cache: 'no-store' });
    if (res.status === 401) {
      await askAgain();
      continue;
    }
    if (!res.ok) {
      throw new Error(path + ': ' + res.status);
    }
    return res.json();
  }
}

export async function consoleConfig() {
  const res = await fetch('/console/config.json');
  return res.json();
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Follows /api/incidents/stream for good: fetch() streaming (EventSource cannot send a header), the
// Server-Sent Events format parsed here, and a reconnect with Last-Event-ID after each stream ends.
export async function follow(onEvent, onState) {
  let lastId = null;
  let retry = 1000;
  for (;;) {
    try {
      const extra = { Accept: 'text/event-stream' };
      if (lastId) {
        extra['Last-Event-ID'] = lastId;
      }
      const res = await fetch('/api/incidents/stream', { headers: headers(extra), cache: 'no-store' });
      if (res.status === 401) {
        onState('token needed');
        await askAgain();
        continue;
      }
      if (!res.ok) {
        throw new Error('stream: ' + res.status);
      }
      onState('live');
      await readEvents(res.body, (event) => {
        if (event.retry) {
          retry = event.retry;
        }
        if (event.id) {
          lastId = event.id;
        }
        if (event.type) {
          onEvent(event);
        }
      });
    } catch (e) {
      onState('reconnecting');
    }
    await delay(retry);
  }
}

async function readEvents(body, onEvent) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      return;
    }
    buffer += value;
    let end;
    while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(buffer.slice(end).match(/^\r?\n\r?\n/)[0].length + end);
      onEvent(parseBlock(block));
    }
  }
}

function parseBlock(block) {
  const event = { type: null, id: null, data: [], retry: 0 };
  for (const line of block.split(/\r?\n/)) {
    if (line.startsWith(':')) {
      continue;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') {
      event.type = value;
    } else if (field === 'id') {
      event.id = value;
    } else if (field === 'data') {
      event.data.push(value);
    } else if (field === 'retry' && /^\d+$/.test(value)) {
      event.retry = Number(value);
    }
  }
  if (event.type === null && event.data.length > 0) {
    event.type = 'message';
  }
  return { ...event, data: event.data.join('\n') };
}
