"""Random strings for CSRF tokens (thinktank/csrf.py)."""

from collections import Counter

from django.middleware import csrf
from django.utils.crypto import RANDOM_STRING_CHARS

from thinktank.csrf import random_string


def test_djangos_csrf_module_draws_its_strings_with_it():
    assert csrf.get_random_string is random_string
    assert len(csrf._get_new_csrf_string()) == csrf.CSRF_SECRET_LENGTH


def test_strings_have_the_length_and_alphabet_asked_for():
    assert len(random_string(32)) == 32
    assert set(random_string(500, "ab")) == {"a", "b"}
    assert set(random_string(5000)) == set(RANDOM_STRING_CHARS)


def test_every_character_is_equally_likely():
    draws = 62 * 2000
    counts = Counter(random_string(draws))
    expected = draws / len(RANDOM_STRING_CHARS)
    # Six standard deviations either side: a fair draw fails about once in
    # ten million runs. Keeping the bytes past 248 (= 4 × 62) would give the
    # first eight characters ~25 % more than the others, far outside this.
    spread = 6 * (expected * (1 - 1 / 62)) ** 0.5
    assert all(abs(counts[c] - expected) < spread for c in RANDOM_STRING_CHARS)


def test_no_two_strings_repeat():
    assert len({random_string(32) for _ in range(1000)}) == 1000
