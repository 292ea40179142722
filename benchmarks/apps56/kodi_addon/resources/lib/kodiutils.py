# -*- coding: utf-8 -*-
"""Thin helpers around the xbmc* modules so the rest of the add-on stays testable."""
import json
import os

import xbmc
import xbmcaddon
import xbmcvfs

ADDON = xbmcaddon.Addon()
ADDON_ID = ADDON.getAddonInfo("id")
ADDON_NAME = ADDON.getAddonInfo("name")
ADDON_VERSION = ADDON.getAddonInfo("version")
PROFILE_DIR = xbmcvfs.translatePath(ADDON.getAddonInfo("profile"))


def get_setting(key, default=""):
    value = ADDON.getSetting(key)
    return value if value != "" else default


def get_setting_bool(key):
    return ADDON.getSetting(key).lower() == "true"


def get_setting_int(key, default=0):
    try:
        return int(ADDON.getSetting(key))
    except (TypeError, ValueError):
        return default


def set_setting(key, value):
    ADDON.setSetting(key, str(value))


def localize(string_id):
    return ADDON.getLocalizedString(string_id)


def log(msg, level=xbmc.LOGDEBUG):
    if level == xbmc.LOGDEBUG and get_setting_bool("debug"):
        level = xbmc.LOGINFO
    xbmc.log("[{}] {}".format(ADDON_ID, msg), level)


def log_error(msg):
    log(msg, xbmc.LOGERROR)


def jsonrpc(method, **params):
    """Call Kodi's JSON-RPC API and return the 'result' member."""
    payload = {"jsonrpc": "2.0", "id": 1, "method": method, "params": params}
    raw = xbmc.executeJSONRPC(json.dumps(payload))
    data = json.loads(raw)
    if "error" in data:
        log_error("JSON-RPC {} failed: {}".format(method, data["error"]))
        return {}
    return data.get("result", {})


def profile_path(*parts):
    if not xbmcvfs.exists(PROFILE_DIR):
        xbmcvfs.mkdirs(PROFILE_DIR)
    return os.path.join(PROFILE_DIR, *parts)


def notify(message, heading=None, time_ms=4000):
    import xbmcgui
    xbmcgui.Dialog().notification(heading or ADDON_NAME, message, xbmcgui.NOTIFICATION_INFO, time_ms)
