"""News tab: Perplexity digests refreshed by a periodic callback.

The periodic callback is registered per session in ``__init__``; it is stopped in
``on_session_destroyed`` (see app.py) so we don't keep polling after the tab closes.
"""
from __future__ import annotations

import datetime as dt
import logging

import panel as pn
import param

from deskassist.clients import get_client, get_cohere
from deskassist.prompts import NEWS_QUERY
from deskassist.services.news_search import NewsDigest, NewsSearcher
from deskassist.settings import settings

log = logging.getLogger(__name__)

DEFAULT_TOPICS = ["European gas storage", "French nuclear availability", "German wind output", "EUA carbon"]


class NewsFeed(pn.viewable.Viewer):
    searcher = param.ClassSelector(class_=NewsSearcher)
    cohere = param.Parameter(default=None, doc="cohere.ClientV2 used for the headline roll-up")
    topics = param.ListSelector(default=DEFAULT_TOPICS[:2], objects=DEFAULT_TOPICS)
    hours = param.Integer(default=12, bounds=(1, 72))
    digests = param.List(default=[], item_type=NewsDigest)
    last_refresh = param.Date(default=None, allow_None=True)

    def __init__(self, **params):
        if "searcher" not in params:
            params["searcher"] = NewsSearcher(client=get_client("perplexity"))
        super().__init__(**params)
        if self.cohere is None:
            self.cohere = get_cohere()
        self._headline = pn.pane.Markdown("", styles={"font-size": "1.1em"})
        self._cb = None
        if settings.enable_news_feed:
            self._cb = pn.state.add_periodic_callback(
                self._poll, period=settings.news_refresh_ms, start=False
            )

    def start(self):
        if self._cb is not None and not self._cb.running:
            self._cb.start()
            self._poll()

    def stop(self):
        if self._cb is not None:
            self._cb.stop()

    def _poll(self):
        log.info("refreshing news for %s", self.topics)
        self.digests = self.searcher.digest_many(list(self.topics), hours=self.hours)
        self.last_refresh = dt.datetime.now()
        self._roll_up()

    def _roll_up(self):
        if not self.digests:
            return
        joined = "\n\n".join(f"## {d.topic}\n{d.text}" for d in self.digests)
        text = ""
        for event in self.cohere.chat_stream(
            model=settings.cohere_chat_model,
            messages=[{"role": "user", "content": f"One-line headline for the desk from:\n{joined}"}],
        ):
            if event.type == "content-delta":
                text += event.delta.message.content.text
                self._headline.object = f"**{text}**"

    async def breaking(self, topic: str) -> str:
        """Ad-hoc lookup from the 'Ask news' box (async so the UI stays responsive)."""
        client = get_client("perplexity-async")
        completion = await client.chat.completions.create(
            model="sonar",
            messages=[{"role": "user", "content": NEWS_QUERY.format(hours=2, topic=topic)}],
        )
        return completion.choices[0].message.content

    @param.depends("digests")
    def _cards(self):
        if not self.digests:
            return pn.pane.Alert("No news yet - the feed refreshes every few minutes.", alert_type="light")
        return pn.Column(*[
            pn.Card(pn.pane.Markdown(d.text), title=f"{d.topic} ({d.fetched_at:%H:%M})", collapsed=False)
            for d in self.digests
        ])

    def __panel__(self):
        ask = pn.widgets.TextInput(placeholder="Breaking: ask about a topic...")
        answer = pn.pane.Markdown()

        async def _ask(event):
            answer.object = await self.breaking(event.new)

        ask.param.watch(_ask, "value")
        return pn.Column(
            pn.Row(pn.widgets.MultiChoice.from_param(self.param.topics), self.param.hours),
            self._headline,
            pn.Row(ask, pn.widgets.Button(name="Refresh now", on_click=lambda e: self._poll())),
            answer,
            self._cards,
        )
