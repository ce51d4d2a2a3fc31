// The URL a Node request stands for, from its Host header and request target. Node's parser lets
// through Host values no URL can hold (`[::1`, `a b`, `user:pw@localhost`, `localhost:99999`);
// those are the client's mistake and answer 400, not a 500 from a failed `new Request`.

/** A host as RFC 3986 allows it in a Host header: a bracketed IPv6 literal or a reg-name/IPv4, and a port. */
const HOST = /^(?:\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9._~!$&'()*+,;=-]{1,253})(?::(?<port>\d{1,5}))?$/;
const ABSOLUTE_FORM = /^https?:\/\//i;

/** The request's URL, or null when its Host header or target cannot form one. */
export function requestUrl(host: string | undefined, target: string): URL | null {
  const name = host ?? 'localhost';
  const match = HOST.exec(name);
  if (match === null) return null;
  const port = match.groups?.port;
  if (port !== undefined && Number(port) > 65_535) return null;
  let path = target;
  if (ABSOLUTE_FORM.test(target)) {
    // A proxy-style absolute target: its path counts, its authority does not outrank Host.
    const absolute = parse(target);
    if (absolute === null) return null;
    path = absolute.pathname + absolute.search;
  } else if (!target.startsWith('/')) return null;
  const url = parse(`http://${name}${path}`);
  // The parsed host must be the one given: anything else means the header smuggled in more.
  if (url === null || url.username !== '' || url.password !== '') return null;
  return url;
}

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
