import logging

from flask import current_app

from .prompts import SUMMARY_SYSTEM, render_summary, truncate

log = logging.getLogger(__name__)


class SummaryError(Exception):
    pass


class RecordSummarizer:
    """Summarises knowledge records.

    The client is injected so the same class is used by views (shared client
    from app.extensions) and by RQ jobs (cached getter).
    """

    def __init__(self, client, model="gpt-4o-mini", max_chars=24000):
        self._client = client
        self.model = model
        self.max_chars = max_chars

    @classmethod
    def from_app(cls, app=None):
        app = app or current_app
        return cls(
            app.extensions["ai"]["openai"],
            model=app.config["AI_MODELS"]["summary"],
            max_chars=app.config.get("AI_MAX_INPUT_CHARS", 24000),
        )

    def _messages(self, record):
        body = truncate(render_summary(record), self.max_chars)
        return [
            {"role": "system", "content": SUMMARY_SYSTEM},
            {"role": "user", "content": body},
        ]

    def summarize(self, record):
        try:
            resp = self._client.chat.completions.create(
                model=self.model,
                messages=self._messages(record),
                temperature=0.2,
                max_tokens=400,
            )
        except Exception as exc:  # openai.APIError and friends
            log.exception("summary failed for record %s", record.id)
            raise SummaryError(str(exc)) from exc
        return resp.choices[0].message.content.strip()

    def summarize_many(self, records):
        out = {}
        for record in records:
            try:
                out[record.id] = self.summarize(record)
            except SummaryError:
                out[record.id] = None
        return out

    def headline(self, text):
        """One-line headline; uses the Responses API (newer code path)."""
        response = self._client.responses.create(
            model=self.model,
            instructions="Write a headline of at most 12 words.",
            input=truncate(text, 4000),
        )
        return response.output_text.strip().strip('"')


class LongRecordSummarizer(RecordSummarizer):
    """Claude handles the very long runbooks better."""

    def summarize(self, record):
        msg = self._client.messages.create(
            model=self.model,
            max_tokens=800,
            system=SUMMARY_SYSTEM,
            messages=self._messages(record)[1:],
        )
        return "".join(b.text for b in msg.content if b.type == "text").strip()
