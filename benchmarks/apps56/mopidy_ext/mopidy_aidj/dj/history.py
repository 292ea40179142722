"""Weekly listening-history summaries (Together-hosted Llama by default)."""

import datetime
import logging

from ..llm import make_together_client, prompts
from ..services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)


class HistorySummariser:
    def __init__(self, store, ext_config):
        self.store = store
        self.client = make_together_client(ext_config)
        self.model = ext_config.get("together_model")

    def _lines(self, since):
        rows = self.store.plays_since(since)
        return "\n".join(
            f"{datetime.datetime.fromtimestamp(r.played_at):%a %H:%M} {r.artist} - {r.title}"
            for r in rows
        )

    def weekly(self, now=None):
        now = now or datetime.datetime.now()
        lines = self._lines(now - datetime.timedelta(days=7))
        if not lines:
            return "You did not listen to anything this week."
        if self.client is None:
            raise RuntimeError("together_api_key is not set")
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[{"role": "user", "content": prompts.render(prompts.HISTORY_SUMMARY, lines=lines)}],
            max_tokens=500,
            temperature=0.4,
        )
        summary = resp.choices[0].message.content
        self.store.save_summary(now, summary)
        return summary

    def stream_weekly(self, now=None):
        now = now or datetime.datetime.now()
        lines = self._lines(now - datetime.timedelta(days=7))
        stream = self.client.chat.completions.create(
            model=self.model,
            messages=[{"role": "user", "content": prompts.render(prompts.HISTORY_SUMMARY, lines=lines)}],
            stream=True,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    async def daily(self, day):
        """Newer code path: goes through the tracked multi-model service."""
        start = datetime.datetime.combine(day, datetime.time.min)
        lines = self._lines(start)
        return await multi_model_service.generate_response(
            prompt=prompts.render(prompts.HISTORY_SUMMARY, lines=lines),
            task_type="history_summary",
            complexity=TaskComplexity.SIMPLE,
        )
