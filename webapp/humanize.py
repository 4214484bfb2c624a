"""Times as people read them: "3 minutes ago", with the exact time kept for a tooltip."""

from __future__ import annotations

from datetime import UTC, datetime

from markupsafe import Markup


def ago(iso: str | None, now: datetime | None = None) -> Markup:
    """A ``<time>`` saying how long ago an ISO time was ("3 minutes ago"), ISO in its title."""
    if not iso:
        return Markup("unknown")
    try:
        when = datetime.fromisoformat(str(iso))
    except ValueError:
        return Markup("{}").format(iso)
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    seconds = ((now or datetime.now(UTC)) - when).total_seconds()
    return Markup('<time datetime="{}" title="{}">{}</time>').format(
        iso, when.strftime("%Y-%m-%d %H:%M:%S UTC"), relative(seconds)
    )


def relative(seconds: float) -> str:
    """A duration before now in words: "just now", "3 minutes ago", "2 days ago"."""
    if seconds < 0:
        return "in the future"
    if seconds < 45:
        return "just now"
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size * 0.95:
            count = max(1, round(seconds / size))
            return f"{count} {unit}{'s' if count != 1 else ''} ago"
    return "1 minute ago"
