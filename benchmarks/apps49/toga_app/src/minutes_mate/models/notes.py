"""Domain objects for meetings and notes."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Meeting:
    id: int | None
    title: str
    started_at: dt.datetime
    audio_path: str | None = None
    transcript: str = ""
    summary: str = ""
    attendees: list[str] = field(default_factory=list)

    @classmethod
    def create(cls, title: str, audio_path: str | None = None, attendees=None) -> "Meeting":
        return cls(
            id=None,
            title=title or "Untitled meeting",
            started_at=dt.datetime.now(),
            audio_path=audio_path,
            attendees=list(attendees or []),
        )

    @property
    def display_date(self) -> str:
        return self.started_at.strftime("%a %d %b %Y, %H:%M")


@dataclass
class ActionItem:
    meeting_id: int
    owner: str
    task: str
    done: bool = False

    @classmethod
    def from_line(cls, meeting_id: int, line: str) -> "ActionItem":
        owner, sep, task = line.partition(":")
        if not sep:
            return cls(meeting_id, "", line.strip())
        return cls(meeting_id, owner.strip(), task.strip())


class NoteTemplate:
    """User-defined templates; ``generate`` just fills placeholders."""

    def __init__(self, name: str, body: str):
        self.name = name
        self.body = body

    def generate(self, meeting: Meeting) -> str:
        return self.body.format(
            title=meeting.title,
            date=meeting.display_date,
            attendees=", ".join(meeting.attendees),
            summary=meeting.summary,
        )
