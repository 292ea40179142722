"""Read today's events from Calendar.app via EventKit (pyobjc)."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)

try:  # pragma: no cover
    import EventKit
    from Foundation import NSDate
except ImportError:  # pragma: no cover
    EventKit = None
    NSDate = None


@dataclass
class Event:
    title: str
    start: dt.datetime
    end: dt.datetime
    location: str = ""
    attendees: int = 0
    notes: str = ""

    def line(self) -> str:
        where = f" @ {self.location}" if self.location else ""
        return f"{self.start:%H:%M}-{self.end:%H:%M} {self.title}{where} ({self.attendees} people)"


class CalendarSource:
    def __init__(self):
        self._store = EventKit.EKEventStore.alloc().init() if EventKit else None
        self._granted = False

    def request_access(self, callback=None) -> None:
        if self._store is None:
            return

        def _done(granted, error):
            self._granted = bool(granted)
            if error:
                log.warning("calendar access error: %s", error)
            if callback:
                callback(self._granted)

        self._store.requestAccessToEntityType_completion_(EventKit.EKEntityTypeEvent, _done)

    def today(self) -> list[Event]:
        if self._store is None or not self._granted:
            return []
        now = dt.datetime.now()
        start = now.replace(hour=0, minute=0, second=0, microsecond=0)
        end = start + dt.timedelta(days=1)
        predicate = self._store.predicateForEventsWithStartDate_endDate_calendars_(
            NSDate.dateWithTimeIntervalSince1970_(start.timestamp()),
            NSDate.dateWithTimeIntervalSince1970_(end.timestamp()),
            None,
        )
        events = []
        for ek in self._store.eventsMatchingPredicate_(predicate) or []:
            events.append(
                Event(
                    title=str(ek.title() or "(no title)"),
                    start=dt.datetime.fromtimestamp(ek.startDate().timeIntervalSince1970()),
                    end=dt.datetime.fromtimestamp(ek.endDate().timeIntervalSince1970()),
                    location=str(ek.location() or ""),
                    attendees=len(ek.attendees() or []),
                    notes=str(ek.notes() or "")[:500],
                )
            )
        return sorted(events, key=lambda e: e.start)


def find_conflicts(events: list[Event]) -> list[tuple[Event, Event]]:
    conflicts = []
    for a, b in zip(events, events[1:]):
        if b.start < a.end:
            conflicts.append((a, b))
    return conflicts
