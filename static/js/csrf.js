// Django's CSRF secret as the browser holds it now, else `fallback` (the token
// a view handed out, when the cookie cannot be read). Two first requests of a
// page (the comment form's state and the cookie banner's status) may each be
// handed a token; the cookie keeps the last, so forms send the cookie's value.
export function csrfToken(fallback) {
  const match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : fallback;
}
