"""AI Flashcards - Anki add-on entry point.

Anki imports this package at startup.  Third-party libraries are vendored in
``vendor/`` because Anki ships its own Python.
"""
import os
import sys

_VENDOR = os.path.join(os.path.dirname(__file__), "vendor")
if _VENDOR not in sys.path:
    sys.path.insert(0, _VENDOR)

try:
    from aqt import gui_hooks, mw
except ImportError:  # running the tests or a script outside of Anki
    mw = None

if mw is not None:
    from .core import reset_clients
    from .ui import browser_actions, editor_buttons, menu, reviewer

    editor_buttons.init()
    reviewer.init()
    browser_actions.init()
    menu.init()

    def _on_profile_change(*_args) -> None:
        reset_clients()

    gui_hooks.profile_did_open.append(_on_profile_change)
    mw.addonManager.setWebExports(__name__, r"(icons|web)/.*\.(svg|png|css|js)")
