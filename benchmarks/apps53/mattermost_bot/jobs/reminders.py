"""Reminder job: no model calls, just scheduled posts."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass
class Reminder:
    channel_id: str
    text: str
    at: dt.time


class ReminderJob:
    def __init__(self, driver, reminders: list[Reminder]) -> None:
        self.driver = driver
        self.reminders = reminders

    def due(self, now: dt.datetime) -> list[Reminder]:
        return [r for r in self.reminders if r.at.hour == now.hour and r.at.minute == now.minute]

    def tick(self) -> int:
        sent = 0
        for reminder in self.due(dt.datetime.now()):
            self.driver.create_post(reminder.channel_id, reminder.text)
            sent += 1
        return sent


def parse_reminder(spec: str, channel_id: str) -> Reminder:
    """Parses `HH:MM some text` as typed in the `remind` command."""
    when, _, text = spec.strip().partition(" ")
    hour, _, minute = when.partition(":")
    if not text:
        raise ValueError("reminder text is empty")
    return Reminder(channel_id=channel_id, text=text, at=dt.time(int(hour), int(minute or 0)))


def load_reminders(rows: list[dict]) -> list[Reminder]:
    reminders = []
    for row in rows:
        try:
            reminders.append(parse_reminder(f"{row['at']} {row['text']}", row["channel_id"]))
        except (KeyError, ValueError):
            continue
    return reminders
