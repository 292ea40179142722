# -*- coding: utf-8 -*-
import xbmcgui

from resources.lib import kodiutils


def ask_question(heading=None):
    kb = xbmcgui.Dialog().input(heading or kodiutils.localize(30501), type=xbmcgui.INPUT_ALPHANUM)
    return kb.strip() if kb else None


def show_text(heading, text):
    xbmcgui.Dialog().textviewer(heading, text)


def pick_provider(options):
    idx = xbmcgui.Dialog().select(kodiutils.localize(30001), options)
    return options[idx] if idx >= 0 else None


def error(message):
    xbmcgui.Dialog().ok(kodiutils.ADDON_NAME, message)


class Progress(object):
    """Context manager around DialogProgress; `cancelled()` polls the cancel button."""

    def __init__(self, heading, line=""):
        self._dlg = xbmcgui.DialogProgress()
        self._heading = heading
        self._line = line

    def __enter__(self):
        self._dlg.create(self._heading, self._line)
        return self

    def update(self, percent, line=None):
        self._dlg.update(percent, line or self._line)
        return not self._dlg.iscanceled()

    def __exit__(self, *exc):
        self._dlg.close()
        return False


class StreamingTextWindow(object):
    """Poor man's live text box: a DialogProgress whose message is rewritten."""

    def __init__(self, heading):
        self.dlg = xbmcgui.DialogProgressBG()
        self.dlg.create(heading, "...")

    def __call__(self, text):
        self.dlg.update(50, message=text[-120:])

    def close(self):
        self.dlg.close()
