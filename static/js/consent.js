// The cookie banner. Every reader gets the same page, so pages can be cached;
// whether this reader still has to choose comes from django-cookie-consent's
// status endpoint, read with the library's own FetchClient. See docs/privacy.md.
import { csrfToken } from "./csrf.js";

const template = document.getElementById("cookie-banner");
const announcer = document.getElementById("cookie-banner-status");

function loadAnalytics() {
  const src = template.dataset.analyticsSrc;
  if (!src || document.querySelector("script[data-analytics]")) return;
  const script = document.createElement("script");
  script.src = src;
  script.async = true;
  script.dataset.analytics = "";
  document.head.append(script);
}

// The bar is fixed to the bottom of the window. Padding the page by its height
// keeps the end of the page reachable and moves nothing the reader can see;
// the same scroll padding makes the browser scroll each control the keyboard
// reaches clear of the bar instead of leaving it hidden behind it.
function reserveSpace(banner) {
  const observer = new ResizeObserver(() => {
    document.body.style.paddingBottom = `${banner.offsetHeight}px`;
    document.documentElement.style.scrollPaddingBottom = `${banner.offsetHeight}px`;
  });
  observer.observe(banner);
  return () => {
    observer.disconnect();
    document.body.style.removeProperty("padding-bottom");
    document.documentElement.style.removeProperty("scroll-padding-bottom");
  };
}

// The library's saveCookiesStatusBackend ignores the HTTP status; we must know.
async function save(status, urlKey, groups) {
  const body = new FormData();
  for (const varname of groups) body.append("cookie_groups", varname);
  const response = await fetch(status[urlKey], {
    method: "POST",
    body,
    credentials: "same-origin",
    headers: { "X-Cookie-Consent-Fetch": "1", "X-CSRFToken": csrfToken(status.csrftoken) },
  });
  if (!response.ok) throw new Error(`Cookie choice not saved: ${response.status}`);
}

async function start() {
  const { FetchClient } = await import(template.dataset.module);
  const client = new FetchClient(template.dataset.statusUrl, "X-CSRFToken");
  const status = await client.getCookieStatus();
  const unused = template.dataset.unusedGroups.split(" ");
  const used = (varnames) => varnames.filter((v) => !unused.includes(v));

  if (used(status.acceptedCookieGroups).includes("analytics")) loadAnalytics();
  if (!used(status.notAcceptedOrDeclinedCookieGroups).length) return;

  // Both buttons answer for every group the site uses, so nothing stays undecided.
  const groups = used([
    ...status.acceptedCookieGroups,
    ...status.declinedCookieGroups,
    ...status.notAcceptedOrDeclinedCookieGroups,
  ]);
  const banner = template.content.firstElementChild.cloneNode(true);
  const error = banner.querySelector(".cookie-banner__error");
  template.after(banner);
  const release = reserveSpace(banner);
  let busy = false;
  for (const button of banner.querySelectorAll("button[data-consent]")) {
    button.addEventListener("click", async () => {
      if (busy) return;
      busy = true;
      const accept = button.dataset.consent === "accept";
      try {
        await save(status, accept ? "acceptUrl" : "declineUrl", groups);
      } catch (failure) {
        error.hidden = false;
        busy = false;
        console.error(failure);
        return;
      }
      release();
      // Focus was on the banner's button: put it at the start of the page's
      // content rather than lose it to the document.
      const hadFocus = banner.contains(document.activeElement);
      banner.remove();
      if (hadFocus) document.getElementById("main").focus({ preventScroll: true });
      announcer.textContent = accept
        ? "Cookie choice saved: all cookies accepted."
        : "Cookie choice saved: optional cookies rejected.";
      if (accept && groups.includes("analytics")) loadAnalytics();
      // A script already running cannot be unloaded; a fresh page drops it.
      if (!accept && document.querySelector("script[data-analytics]")) location.reload();
    });
  }
}

if (template) start();
