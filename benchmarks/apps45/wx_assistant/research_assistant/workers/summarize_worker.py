"""Summarises notes with Claude; short notes go through the tracked service."""
from __future__ import annotations

import asyncio
import logging
import threading

import wx

from research_assistant import events
from research_assistant.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

SUMMARY_PROMPT = (
    "Summarise the following research notes as 5-8 bullet points. "
    "Keep numbers and names exactly as written.\n\n{notes}"
)
SHORT_NOTE_CHARS = 1500


class SummarizeWorker(threading.Thread):
    def __init__(self, window, client, notes: str, model: str = "claude-3-5-haiku-latest",
                 job_id: int = wx.ID_ANY):
        super().__init__(daemon=True, name="summarize")
        self._window = window
        self._client = client
        self.notes = notes
        self.model = model
        self.job_id = job_id
        self.rate_limit_remaining: str | None = None

    def run(self):
        try:
            if len(self.notes) < SHORT_NOTE_CHARS:
                summary = asyncio.run(multi_model_service.generate_response(
                    prompt=SUMMARY_PROMPT.format(notes=self.notes),
                    task_type="notes_summary",
                    complexity=TaskComplexity.SIMPLE,
                ))
            else:
                summary = self._summarise_long()
        except Exception as exc:
            log.exception("summary failed")
            wx.CallAfter(wx.LogError, f"Summary failed: {exc}")
            return
        evt = events.JobDoneEvent(self.job_id, kind="summary", text=summary)
        wx.PostEvent(self._window, evt)

    def _chunks(self, size: int = 12000):
        text = self.notes
        for start in range(0, len(text), size):
            yield text[start:start + size]

    def _summarise_long(self) -> str:
        partials = []
        chunks = list(self._chunks())
        for i, chunk in enumerate(chunks, 1):
            raw = self._client.messages.with_raw_response.create(
                model=self.model,
                max_tokens=800,
                messages=[{"role": "user", "content": SUMMARY_PROMPT.format(notes=chunk)}],
            )
            self.rate_limit_remaining = raw.headers.get("anthropic-ratelimit-requests-remaining")
            msg = raw.parse()
            partials.append(msg.content[0].text)
            wx.PostEvent(self._window, events.JobProgressEvent(self.job_id, done=i, total=len(chunks)))
        if len(partials) == 1:
            return partials[0]
        merged = self._client.messages.create(
            model=self.model,
            max_tokens=1000,
            messages=[{
                "role": "user",
                "content": "Merge these partial summaries into one list:\n\n" + "\n\n".join(partials),
            }],
        )
        return merged.content[0].text
