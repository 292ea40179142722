# -*- coding: utf-8 -*-
"""Spoiler-aware plot summaries and 'previously on' recaps."""
from resources.lib import cache, kodiutils, library
from resources.lib.ai import get_openai_client, model_for, prompts


class PlotSummarizer(object):
    def __init__(self, client=None, model=None):
        # client is injectable for tests; default to the cached SDK client
        self.client = client or get_openai_client()
        self.model = model or model_for("openai")
        self.spoiler_free = kodiutils.get_setting_bool("spoiler_free")
        self.words = prompts.WORDS.get(kodiutils.get_setting("summary_length", "medium"), 120)

    def summarize(self, item):
        key = cache.make_key("summary", self.model, item.get("title"), item.get("year"), self.words)
        cached = cache.get(key)
        if cached:
            return cached
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": prompts.summary_system(self.spoiler_free)},
                {"role": "user", "content": prompts.SUMMARY_USER.format(
                    title=library.describe(item), words=self.words, plot=item.get("plot") or "n/a")},
            ],
            temperature=0.3,
        )
        text = resp.choices[0].message.content.strip()
        cache.put(key, text)
        return text

    def recap(self, episode):
        previous = library.get_previous_episodes(episode["tvshowid"], episode["season"], episode["episode"])
        if not previous:
            return kodiutils.localize(30510)
        lines = "\n".join("- {}: {}".format(library.describe(e), e.get("plot", "")) for e in previous[-8:])
        resp = self.client.responses.create(
            model=self.model,
            instructions=prompts.summary_system(True),
            input=prompts.RECAP_USER.format(title=library.describe(episode), words=self.words, episodes=lines),
            max_output_tokens=700,
        )
        return resp.output_text


def summary_for(kind, item_id):
    item = library.get_movie(item_id) if kind == "movie" else library.get_episode(item_id)
    return PlotSummarizer().summarize(item)
