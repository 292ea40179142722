# -*- coding: utf-8 -*-
"""Stub the xbmc* modules so the add-on code imports outside Kodi."""
import sys
import types

import pytest

SETTINGS = {
    "provider": "openai",
    "openai_api_key": "sk-test",
    "anthropic_api_key": "sk-ant-test",
    "google_api_key": "g-test",
    "mistral_api_key": "m-test",
    "spoiler_free": "true",
    "summary_length": "short",
    "subtitle_target_lang": "de",
    "subtitle_batch_size": "2",
    "kids_mode": "false",
    "track_usage": "false",
}


class _Addon(object):
    def __init__(self, *a):
        pass

    def getSetting(self, key):
        return SETTINGS.get(key, "")

    def setSetting(self, key, value):
        SETTINGS[key] = value

    def getAddonInfo(self, key):
        return {"id": "plugin.video.couchpilot", "name": "CouchPilot", "version": "0.0",
                "profile": "/tmp/couchpilot-test", "path": "."}.get(key, "")

    def getLocalizedString(self, i):
        return "str{}".format(i)


def _install_stubs():
    xbmc = types.ModuleType("xbmc")
    xbmc.LOGDEBUG, xbmc.LOGINFO, xbmc.LOGERROR = 0, 1, 4
    xbmc.log = lambda *a, **k: None
    xbmc.executeJSONRPC = lambda payload: '{"result": {}}'
    xbmc.Player = type("Player", (object,), {"isPlayingVideo": lambda self: False})
    xbmc.Monitor = type("Monitor", (object,), {})
    xbmcaddon = types.ModuleType("xbmcaddon")
    xbmcaddon.Addon = _Addon
    xbmcvfs = types.ModuleType("xbmcvfs")
    xbmcvfs.translatePath = lambda p: p
    xbmcvfs.exists = lambda p: True
    xbmcvfs.mkdirs = lambda p: True
    xbmcgui = types.ModuleType("xbmcgui")
    xbmcplugin = types.ModuleType("xbmcplugin")
    for name, mod in [("xbmc", xbmc), ("xbmcaddon", xbmcaddon), ("xbmcvfs", xbmcvfs),
                      ("xbmcgui", xbmcgui), ("xbmcplugin", xbmcplugin)]:
        sys.modules.setdefault(name, mod)


_install_stubs()


@pytest.fixture(autouse=True)
def no_cache(monkeypatch):
    from resources.lib import cache

    store = {}
    monkeypatch.setattr(cache, "get", lambda key, max_age=0: store.get(key))
    monkeypatch.setattr(cache, "put", lambda key, value: store.__setitem__(key, value))
    return store
