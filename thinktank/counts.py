"""Row counts for admin lists that stay cheap on a table of millions.

Django's changelist counts its rows on every request (for the paginator and the
"N results" line); on a million comments an exact COUNT reads the whole index
each time. `estimated_count` counts exactly while that is cheap and otherwise
asks PostgreSQL's planner, which estimates from the table statistics
(pg_class.reltuples and the column histograms) that autovacuum keeps current.
"""

import json

from django.core.paginator import Paginator
from django.db import connections
from django.utils.functional import cached_property

# Up to this many rows a count is exact (a bounded scan of an index).
EXACT_COUNT_LIMIT = 10_000


def estimated_count(queryset):
    """How many rows `queryset` has: exact up to EXACT_COUNT_LIMIT; above it, on
    PostgreSQL the planner's estimate to two significant figures (never below
    the limit), elsewhere EXACT_COUNT_LIMIT + 1, "more than the limit".

    Two queries at most, neither of which reads more than EXACT_COUNT_LIMIT
    rows (SQLite has no estimate: it would count every row of the index).
    """
    bounded = queryset[: EXACT_COUNT_LIMIT + 1].count()
    if bounded <= EXACT_COUNT_LIMIT or connections[queryset.db].vendor != "postgresql":
        return bounded
    plan = json.loads(queryset.explain(format="json"))
    # Two significant figures, so the number does not pretend to be exact.
    estimate = int(float(f"{plan[0]['Plan']['Plan Rows']:.2g}"))
    return max(bounded, estimate)


class EstimatedCountPaginator(Paginator):
    """A Paginator whose count is `estimated_count` (for `ModelAdmin.paginator`);
    `count_label` says how approximate it is, for templates/admin/pagination.html
    and search_form.html."""

    @cached_property
    def count(self):
        return estimated_count(self.object_list)

    @property
    def count_label(self):
        """ "about 830,000" or "more than 10,000" past the exact limit, else ""."""
        if self.count <= EXACT_COUNT_LIMIT:
            return ""
        if self.count == EXACT_COUNT_LIMIT + 1:
            return f"more than {EXACT_COUNT_LIMIT:,}"
        return f"about {self.count:,}"
