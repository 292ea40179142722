# -*- coding: utf-8 -*-
"""What is playing right now, and how far in."""
import xbmc

from resources.lib import library
from resources.lib.kodiutils import jsonrpc, log


class NowPlaying(object):
    def __init__(self, item, position, total):
        self.item = item
        self.position = position
        self.total = total

    @property
    def progress(self):
        return self.position / self.total if self.total else 0.0

    def context_text(self):
        return "{} - watched {:.0%} ({} of {} minutes). Plot: {}".format(
            library.describe(self.item),
            self.progress,
            int(self.position // 60),
            int(self.total // 60),
            self.item.get("plot", "unknown"),
        )


def current():
    player = xbmc.Player()
    if not player.isPlayingVideo():
        return None
    res = jsonrpc(
        "Player.GetItem",
        playerid=1,
        properties=["title", "plot", "showtitle", "season", "episode", "year", "tvshowid"],
    )
    item = res.get("item", {})
    pos, total = player.getTime(), player.getTotalTime()
    log("now playing: {} at {}".format(item.get("title"), pos))
    return NowPlaying(item, pos, total)


class AssistantPlayer(xbmc.Player):
    """Used by the service to know when playback starts (prefetch summaries)."""

    def __init__(self, on_start=None):
        super(AssistantPlayer, self).__init__()
        self._on_start = on_start

    def onAVStarted(self):
        if self._on_start:
            try:
                self._on_start(current())
            except Exception as exc:  # never kill the service
                log("onAVStarted hook failed: {}".format(exc))
