"""Random strings for Django's CSRF tokens, drawn in one system call.

Django makes a 32-character secret for every new visitor and a 32-character
mask for every form it hands out, each with `django.utils.crypto.
get_random_string`: one `secrets.choice`, so one `os.urandom` system call, per
character. That is ~0.1 ms a page here, a tenth of a page-cache hit, and every
first-time reader of a page with a form pays it. `random_string` makes the
same uniform choice from the same source in one call. `ThinktankConfig.ready`
gives it to Django's CSRF module; if a Django release stops looking the
function up there, tokens are still Django's own, only slower (a test says so).
"""

import os

from django.utils.crypto import RANDOM_STRING_CHARS


def random_string(length, allowed_chars=RANDOM_STRING_CHARS):
    """`length` characters of `allowed_chars`, each equally likely, from the
    operating system's cryptographic random source."""
    size = len(allowed_chars)
    # Bytes at or above the largest multiple of `size` are dropped: keeping them
    # would make the first characters of the alphabet likelier than the rest.
    usable = 256 - 256 % size
    chosen = []
    while len(chosen) < length:
        chosen += [
            allowed_chars[b % size] for b in os.urandom(2 * length) if b < usable
        ]
    return "".join(chosen[:length])
