# -*- coding: utf-8 -*-
"""Background service: prefetches recaps when an episode starts and shows trivia pop-ups."""
import time

import xbmc

from resources.lib import ai, cache, kodiutils, library
from resources.lib.features import trivia
from resources.lib.player import AssistantPlayer


class AssistantMonitor(xbmc.Monitor):
    def __init__(self):
        super(AssistantMonitor, self).__init__()
        self.settings_changed = False

    def onSettingsChanged(self):
        kodiutils.log("settings changed, dropping cached clients")
        ai.clients.reset()
        self.settings_changed = True


def prefetch_recap(now):
    """Gemini is cheapest for bulk prefetch, so the service always uses it."""
    if now is None or not now.item.get("showtitle"):
        return
    item = now.item
    key = cache.make_key("prefetch", item.get("showtitle"), item.get("season"), item.get("episode"))
    if cache.get(key):
        return
    previous = library.get_previous_episodes(item["tvshowid"], item["season"], item["episode"])[-5:]
    if not previous:
        return
    client = ai.get_genai_client()
    resp = client.models.generate_content(
        model=ai.model_for("google"),
        contents="Write a 80-word spoiler-free recap of: " + " | ".join(e.get("plot", "") for e in previous),
    )
    cache.put(key, resp.text)


def next_episode_teaser(now):
    if now is None or now.progress < 0.9:
        return None
    claude = ai.get_anthropic_client()
    msg = claude.messages.create(
        model=ai.model_for("anthropic"),
        max_tokens=60,
        messages=[{"role": "user", "content": "Tease the next episode of {} in one line, no spoilers.".format(
            now.item.get("showtitle"))}],
    )
    return msg.content[0].text


def auto_translate_subtitles(now):
    """If the playing file has no subtitle in the target language, translate the first one we find."""
    if now is None or not kodiutils.get_setting_bool("auto_translate"):
        return
    target = kodiutils.get_setting("subtitle_target_lang", "en")
    props = kodiutils.jsonrpc("Player.GetProperties", playerid=1, properties=["subtitles"])
    langs = [s.get("language") for s in props.get("subtitles", [])]
    if target in langs:
        return
    video = xbmc.Player().getPlayingFile()
    srt = video.rsplit(".", 1)[0] + ".srt"
    import xbmcvfs
    if not xbmcvfs.exists(srt):
        return
    from resources.lib.features import subtitles
    kodiutils.notify("Translating subtitles to {}...".format(target))
    out = subtitles.translate_file(srt)
    xbmc.Player().setSubtitles(out)


class MoodTagger(object):
    """Tags the library with moods once a day, while nothing is playing."""

    STATE_KEY = "mood-tags-last-run"

    def due(self):
        last = cache.get(self.STATE_KEY, max_age=10 ** 9) or 0
        return time.time() - last > 24 * 3600

    def run(self):
        from resources.lib.features.recommend import tag_moods

        movies = library.get_movies(limit=2000)
        known = cache.get("mood-tags", max_age=10 ** 9) or {}
        todo = [m for m in movies if m.get("title") not in known]
        if todo:
            known.update(tag_moods(todo))
            cache.put("mood-tags", known)
        cache.put(self.STATE_KEY, time.time())
        kodiutils.log("mood tagging done: {} new".format(len(todo)))


def run():
    monitor = AssistantMonitor()
    hooks = [prefetch_recap] if kodiutils.get_setting_bool("service_prefetch") else []
    hooks.append(auto_translate_subtitles)
    tagger = MoodTagger()
    assistant_player = AssistantPlayer(on_start=lambda now: [h(now) for h in hooks])  # noqa: F841
    interval = kodiutils.get_setting_int("service_interval", 600)
    last_trivia = time.time()
    kodiutils.log("service started")
    while not monitor.abortRequested():
        if monitor.waitForAbort(10):
            break
        if time.time() - last_trivia < interval:
            continue
        if not xbmc.Player().isPlaying() and tagger.due():
            try:
                tagger.run()
            except ai.MissingApiKey:
                pass
        last_trivia = time.time()
        from resources.lib import player
        now = player.current()
        if now is None:
            continue
        try:
            teaser = next_episode_teaser(now)
            if teaser:
                kodiutils.notify(teaser, heading="Up next")
            else:
                kodiutils.notify(trivia.trivia_for(now.item.get("title", "")), heading="Trivia")
        except ai.MissingApiKey:
            pass
        except Exception as exc:
            kodiutils.log_error("service tick failed: {}".format(exc))
    kodiutils.log("service stopped")


if __name__ == "__main__":
    run()
