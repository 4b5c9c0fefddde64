# Varnish 7 in front of the journal: it serves reader pages to everyone from
# one copy, and drops exactly the pages a change touched (surrogate keys).
#
# The journal marks every reader page `Cache-Control: public, max-age=0,
# s-maxage=N, stale-while-revalidate=S, stale-if-error=E` and lists what it
# shows in an `xkey` header (article-12 author-3 lists ...). After a change it
# sends `PURGE /` with the keys in `xkey-purge` (VARNISH_PURGE_URLS), which the
# xkey vmod (Debian's varnish-modules) answers. docs/deploy.md explains it.
vcl 4.1;

import std;
import xkey;

# The journal's gunicorn. Edit host and port for your set-up.
backend journal {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .probe = {
        .url = "/health/";
        .interval = 2s;
        .timeout = 2s;
        .window = 3;
        .threshold = 2;
        .initial = 2;
    }
}

# Who may purge: the journal's own machines, those running task workers
# (thinktank.tasks.purge_shared_cache sends the purges).
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # A second try, after the journal failed (vcl_synth).
    if (req.restarts > 0) {
        set req.http.x-journal-retry = "1";
    } else {
        unset req.http.x-journal-url;  # ours alone (vcl_backend_fetch)
    }
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Not allowed to purge"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "Name the keys to purge in xkey-purge"));
        }
        set req.http.purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.purged + " objects"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Signed-in staff see drafts, previews and the admin: never from the cache.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Campaign and click identifiers never change a page: one copy for all
    # (the list is thinktank.pagecache.TRACKING_PARAMS; a test keeps them alike).
    # The journal still gets the address as asked (vcl_backend_fetch): its
    # redirects from old addresses keep them, so analytics attribute the
    # visit. Kept from the first pass: a restart asks for the same address.
    if (req.restarts == 0) {
        set req.http.x-journal-url = req.url;
    }
    set req.url = regsuball(req.url, "(?<=[?&])(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid)=[^&]*&?", "");
    set req.url = regsub(req.url, "[?&]+$", "");
    set req.url = std.querysort(req.url);
    # Reader pages are the same for every reader: cookies take no part in the
    # lookup. The journal still receives them (vcl_backend_fetch) for the few
    # per-reader views, which it marks private so they are never stored.
    if (req.http.Cookie) {
        set req.http.x-journal-cookie = req.http.Cookie;
        unset req.http.Cookie;
    }
    # While the journal answers, a page past its lifetime is served stale for
    # at most 10 s while it is fetched again; while it does not (database or
    # workers down), for as long as stale-if-error allows.
    # A second try after a failure takes any copy still kept (req.grace
    # outlives a restart, so it is set again, to no limit of ours).
    if (req.restarts > 0) {
        set req.grace = 3650d;
    } elsif (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_backend_fetch {
    if (bereq.http.x-journal-url) {
        set bereq.url = bereq.http.x-journal-url;
        unset bereq.http.x-journal-url;
    }
    if (bereq.http.x-journal-cookie) {
        set bereq.http.Cookie = bereq.http.x-journal-cookie;
        unset bereq.http.x-journal-cookie;
    }
}

sub vcl_backend_response {
    # A failed fetch is dropped the first time, not passed on: vcl_synth tries
    # again, and that second try takes the stale copy if one is kept
    # (stale-if-error), which storing the failure would have replaced. A
    # failed refresh behind a stale page keeps that page. Only the second
    # try's failure (or a POST's) reaches the reader: the journal's own page.
    if (beresp.status >= 500 && bereq.method == "GET"
        && (bereq.is_bgfetch || !bereq.http.x-journal-retry)) {
        return (abandon);
    }
    # Only what the journal marks public is shared; anything per reader (a
    # cookie set, private, no-store) is fetched afresh for every request.
    if (beresp.http.Cache-Control !~ "public" || beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 60s;
        return (deliver);
    }
    if (beresp.http.Cache-Control ~ "stale-if-error=[0-9]+") {
        set beresp.grace = std.duration(regsub(beresp.http.Cache-Control,
            ".*stale-if-error=([0-9]+).*", "\1s"), 60s);
    }
    return (deliver);
}

# The journal failed or could not be reached (an abandoned fetch): try once
# more, taking a stale copy if one is kept, rather than pass the error on.
sub vcl_synth {
    if (resp.status == 503 && req.restarts == 0 && req.method == "GET") {
        return (restart);
    }
}

# The journal could not be reached at all (refused, timed out, or held down
# by its probe) and no copy is kept: the reader gets the journal's words, as
# its own 503 page says them (templates/503.html), not Varnish's page.
sub vcl_backend_error {
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Retry-After = "30";
    set beresp.http.Cache-Control = "no-store";
    synthetic({"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Back in a moment</title>
</head>
<body style="font: 1.125rem/1.6 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
<main>
<h1 style="line-height: 1.2">The journal is back in a moment</h1>
<p>We cannot reach our archive just now. Please try again in 30 seconds. If you were sending something, such as a comment, it has not been saved: go back and send it again.</p>
</main>
</body>
</html>
"});
    return (deliver);
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.xkey;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
