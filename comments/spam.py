"""The comment form's defences: form timing, rate limit, links and the blocklist.

Each defence either gives the reader a clear message (their text is kept) or
quietly routes the comment to the moderators' queue or to spam; no defence
throws a reader's words away.
"""

import ipaddress
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import ValidationError

from .models import BlocklistEntry, Comment, normalize_email
from .templatetags.comments import urlize_comment

FORM_TOKEN_SALT = "comments.form-token"
# A form older than this was probably left open for days: ask for a fresh one.
FORM_TOKEN_MAX_AGE = 60 * 60 * 24 * 2


def client_ip(request):
    """The reader's IP address, looking through COMMENTS_PROXY_COUNT proxies."""
    hops = settings.COMMENTS_PROXY_COUNT
    if hops:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= hops:
            candidate = forwarded[-hops]
            try:
                return str(ipaddress.ip_address(candidate))
            except ValueError:
                pass
    return request.META.get("REMOTE_ADDR") or None


def form_token(article):
    """A signed note of when the form for `article` was handed out."""
    return signing.dumps({"a": article.pk, "t": time.time()}, salt=FORM_TOKEN_SALT)


def check_form_token(token, article):
    """Raise a ValidationError the reader can act on unless `token` is usable.

    A form sent back faster than COMMENTS_MIN_FILL_SECONDS was filled by a
    machine, or by a very fast person who can simply send it again.
    """
    try:
        data = signing.loads(token, salt=FORM_TOKEN_SALT, max_age=FORM_TOKEN_MAX_AGE)
    except signing.SignatureExpired:
        raise ValidationError(
            "This form was opened too long ago. Please check your comment and "
            "send it again.",
            code="form_expired",
        ) from None
    except signing.BadSignature:
        raise ValidationError(
            "This form could not be checked. Please send your comment again.",
            code="form_tampered",
        ) from None
    if data.get("a") != article.pk:
        raise ValidationError(
            "This form belongs to another article. Please send your comment again.",
            code="form_tampered",
        )
    if time.time() - data.get("t", 0) < settings.COMMENTS_MIN_FILL_SECONDS:
        raise ValidationError(
            "That was quicker than anyone can type. Please check your comment and "
            "send it again.",
            code="too_fast",
        )


# An IPv6 network's size given to one subscriber: one machine picks any of the
# 2**64 addresses of its /64, so the rate limit counts the network.
IPV6_SUBSCRIBER_PREFIX = 64


def rate_limited_sender(ip):
    """What the rate limit counts for the address `ip`: the address itself
    (IPv4), or its /64 network (IPv6)."""
    address = _ip_or_none(ip)
    if address is None:
        return ip
    if address.version == 6 and address.ipv4_mapped:  # ::ffff:198.51.100.7
        address = address.ipv4_mapped
    if address.version == 4:
        return str(address)
    return str(ipaddress.ip_network((address, IPV6_SUBSCRIBER_PREFIX), strict=False))


def client_sender(request):
    """The client as the login lockouts count it (django-axes'
    AXES_CLIENT_IP_CALLABLE): `client_ip` as the rate limit counts it
    (`rate_limited_sender`), an IPv6 sender's /64 named by its first address
    (2001:db8:1:2::), since axes stores an address, not a network."""
    sender = rate_limited_sender(client_ip(request))
    if sender and "/" in sender:
        return str(ipaddress.ip_network(sender).network_address)
    return sender


def within_rate_limit(ip):
    """Count one comment from `ip`; False once it is over the limit.

    The counter lives in the cache, so with Redis every worker shares it. The
    window starts with the first comment and lasts COMMENTS_RATE_WINDOW seconds.
    An IPv6 address is counted with its /64 (`rate_limited_sender`).
    """
    if not ip:
        return True
    key = f"comments:rate:{rate_limited_sender(ip)}"
    cache.add(key, 0, timeout=settings.COMMENTS_RATE_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=settings.COMMENTS_RATE_WINDOW)
        count = 1
    if count is None:
        # The cache is unreachable (django-redis ignores the error): let the
        # comment through to the moderators' queue rather than lose it.
        return True
    return count <= settings.COMMENTS_RATE_LIMIT


def count_links(text):
    """How many links `text` would show once published."""
    return str(urlize_comment(text)).count("<a ")


@dataclass(frozen=True)
class Verdict:
    status: str
    flag: str = ""


def assess(*, name, email, website, text, ip, trap_filled=False):
    """Decide where a new comment goes: the queue (pending) or spam."""
    if trap_filled:
        return Verdict(Comment.Status.SPAM, "filled the hidden trap field")
    hit = blocklist_hit(name=name, email=email, website=website, text=text, ip=ip)
    if hit:
        return Verdict(Comment.Status.SPAM, f"blocklist: {hit}")
    links = count_links(text)
    if links > settings.COMMENTS_MAX_LINKS:
        return Verdict(Comment.Status.PENDING, f"likely spam: {links} links")
    return Verdict(Comment.Status.PENDING)


def blocklist_hit(*, name, email, website, text, ip):
    """The first blocklist entry this comment matches, or None."""
    email = normalize_email(email)
    address = _ip_or_none(ip)
    haystack = "\n".join([name, email, website, text])
    for entry in BlocklistEntry.objects.all():
        kind, value = entry.kind, entry.value
        if kind == BlocklistEntry.Kind.EMAIL:
            matched = email.endswith(value) if value.startswith("@") else email == value
        elif kind == BlocklistEntry.Kind.IP:
            matched = address is not None and address in _network_or_none(value)
        else:
            matched = re.search(
                rf"(?<!\w){re.escape(value)}(?!\w)", haystack, re.IGNORECASE
            )
        if matched:
            return entry
    return None


def _ip_or_none(value):
    try:
        return ipaddress.ip_address(value) if value else None
    except ValueError:
        return None


def _network_or_none(value):
    try:
        return ipaddress.ip_network(value, strict=False)
    except ValueError:
        return ()
