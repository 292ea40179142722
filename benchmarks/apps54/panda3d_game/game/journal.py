"""Player journal: diary-style summaries written by Claude."""
import logging
from typing import List

from ai import claude
from ai.prompts import JOURNAL_PROMPT
from game import events

log = logging.getLogger("hollowmere.journal")


class Journal:
    def __init__(self):
        self.events: List[str] = []
        self.entries: List[str] = []

    def record(self, text: str) -> None:
        self.events.append(text)

    def write_entry(self) -> str:
        if not self.events:
            return ""
        msg = claude().messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=200,
            messages=[{"role": "user", "content": JOURNAL_PROMPT.format(events="\n".join(self.events[-20:]))}],
        )
        entry = msg.content[0].text.strip()
        self.entries.append(entry)
        self.events.clear()
        return entry

    def chapter_title(self) -> str:
        # uses the client hung on base by Game.__init__
        client = base.ai_clients["anthropic"]
        msg = client.messages.create(
            model=base.ai_config.dialogue_model,
            max_tokens=20,
            messages=[{"role": "user", "content": "Give a 3-word chapter title for:\n" + "\n".join(self.entries[-3:])}],
        )
        return msg.content[0].text.strip().strip('"')


def on_quest_completed(journal: Journal, quest) -> None:
    journal.record(f"Completed '{quest.title}' for {quest.giver}.")
    if len(journal.events) >= 3:
        base.worker.submit(_write_and_announce, journal)


def _write_and_announce(journal: Journal) -> None:
    entry = journal.write_entry()
    base.worker.call_on_main(messenger.send, events.JOURNAL_UPDATED, [entry])
