"""What an import did: counts per kind and status, skips and warnings, and a
progress bar while it runs."""

import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field


@dataclass
class Report:
    counts: Counter = field(default_factory=Counter)  # (kind, outcome, status)
    skipped: dict = field(default_factory=lambda: defaultdict(list))  # reason: ids
    # (kind, wp_id, message), each once: a picture used twice in a post, or a
    # batch retried item by item, would otherwise repeat its warnings.
    warnings: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)  # messages that stopped the import

    def count(self, kind, outcome, status="", number=1):
        if number:
            self.counts[kind, outcome, status] += number

    def skip(self, kind, wp_id, reason):
        self.skipped[kind, reason].append(wp_id)

    def warn(self, kind, wp_id, message):
        self.warnings[kind, wp_id, message] = None

    def mark(self):
        """What the report holds now, to go back to with rewind()."""
        skipped = {reason: list(ids) for reason, ids in self.skipped.items()}
        return Counter(self.counts), skipped, dict(self.warnings)

    def rewind(self, mark):
        """Forget what was counted since `mark` (a batch rolled back)."""
        counts, skipped, warnings = mark
        self.counts, self.warnings = Counter(counts), dict(warnings)
        self.skipped = defaultdict(list, skipped)

    def lines(self, *, dry_run=False):
        """The report as lines of text."""
        out = ["Dry run: nothing was written." if dry_run else "Import finished."]
        by_kind = defaultdict(list)
        for (kind, outcome, status), number in sorted(self.counts.items()):
            by_kind[kind].append((outcome, status, number))
        for kind, rows in by_kind.items():
            outcomes = defaultdict(list)
            for outcome, status, number in rows:
                outcomes[outcome].append((status, number))
            parts = []
            for outcome, statuses in outcomes.items():
                total = sum(number for _, number in statuses)
                detail = ", ".join(f"{s} {n}" for s, n in statuses if s)
                parts.append(f"{outcome} {total}" + (f" ({detail})" if detail else ""))
            out.append(f"  {kind}: " + "; ".join(parts))
        if self.skipped:
            out.append("Skipped:")
            for (kind, reason), ids in sorted(self.skipped.items()):
                shown = ", ".join(str(i) for i in ids[:20])
                more = f" and {len(ids) - 20} more" if len(ids) > 20 else ""
                out.append(f"  {len(ids)} {kind} ({reason}): IDs {shown}{more}")
        if self.warnings:
            out.append(f"Warnings ({len(self.warnings)}):")
            for kind, wp_id, message in self.warnings:
                out.append(f"  {kind} {wp_id}: {message}")
        for message in self.errors:
            out.append(f"Error: {message}")
        return out


class Progress:
    """A one-line progress bar on standard error: done/total, items per second
    and the time left, redrawn at most a few times a second."""

    WIDTH = 30

    def __init__(self, total, write=None):
        self.total = max(total, 1)
        self.write = write or sys.stderr.write
        self.done = 0
        self.started = self.drawn = time.monotonic()

    def advance(self, number=1):
        self.done += number
        now = time.monotonic()
        if now - self.drawn >= 0.25 or self.done >= self.total:
            self.drawn = now
            self.draw(now)

    def draw(self, now):
        elapsed = max(now - self.started, 1e-6)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0
        filled = int(self.WIDTH * min(self.done, self.total) / self.total)
        minutes, seconds = divmod(int(left), 60)
        self.write(
            f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}] "
            f"{self.done}/{self.total} items, {rate:.0f} items/s, "
            f"{minutes}:{seconds:02d} left "
        )

    def finish(self):
        self.draw(time.monotonic())
        self.write("\n")
