# -*- coding: utf-8 -*-
"""Context menu entries (see kodi.context.item in addon.xml).

Kodi runs this as a script with sys.argv = ["context.py", "<action>"], and the
focused list item is available through ListItem.* info labels.
"""
import sys

import xbmc
import xbmcgui

from resources.lib import ai, kodiutils, library
from resources.lib.ai import prompts
from resources.lib.features import moderation
from resources.lib.legacy import gpt_helper
from resources.lib.ui import dialogs


def _focused_item():
    dbtype = xbmc.getInfoLabel("ListItem.DBType")
    dbid = xbmc.getInfoLabel("ListItem.DBID")
    if not dbid:
        return None, None
    if dbtype == "episode":
        return dbtype, library.get_episode(dbid)
    return dbtype, library.get_movie(dbid)


def action_summary():
    dbtype, item = _focused_item()
    if not item:
        return
    words = prompts.WORDS.get(kodiutils.get_setting("summary_length", "medium"), 120)
    busy = xbmcgui.DialogBusy() if hasattr(xbmcgui, "DialogBusy") else None
    try:
        result = ai.complete(
            prompts.summary_system(kodiutils.get_setting_bool("spoiler_free")),
            prompts.SUMMARY_USER.format(title=library.describe(item), words=words, plot=item.get("plot", "")),
        )
    except ai.MissingApiKey as exc:
        dialogs.error(str(exc))
        return
    finally:
        if busy:
            busy.close()
    dialogs.show_text(library.describe(item), moderation.filter_text(result.text))


def action_cast():
    """Who's who in the cast, grounded with Google Search so it knows recent roles."""
    from google.genai import types

    _, movie = _focused_item()
    if not movie:
        return
    cast = ", ".join("{} as {}".format(c.get("name"), c.get("role")) for c in movie.get("cast", [])[:8])
    client = ai.get_genai_client()
    resp = client.models.generate_content(
        model=ai.model_for("google"),
        contents="For the film {}, give one line per actor about what else they are known for: {}".format(
            library.describe(movie), cast),
        config=types.GenerateContentConfig(tools=[types.Tool(google_search=types.GoogleSearch())]),
    )
    dialogs.show_text("Cast - " + movie.get("title", ""), moderation.filter_text(resp.text))


def action_ending():
    _, movie = _focused_item()
    if not movie:
        return
    if not xbmcgui.Dialog().yesno(kodiutils.ADDON_NAME, "This will spoil the ending. Continue?"):
        return
    # still on the legacy helper; ported version pending review (PR #88)
    text = gpt_helper.explain_ending(library.describe(movie))
    if text:
        dialogs.show_text(movie.get("title", ""), text)


ACTIONS = {
    "summary": action_summary,
    "cast": action_cast,
    "ending": action_ending,
}


def main(argv):
    action = argv[1] if len(argv) > 1 else "summary"
    handler = ACTIONS.get(action)
    if handler is None:
        kodiutils.log_error("unknown context action {}".format(action))
        return
    handler()


if __name__ == "__main__":
    main(sys.argv)
