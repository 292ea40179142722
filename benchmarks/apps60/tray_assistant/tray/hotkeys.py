"""Global hotkeys (pynput)."""
from __future__ import annotations

import logging
import time
from typing import Callable

import pyperclip
from pynput import keyboard

log = logging.getLogger(__name__)

_controller = keyboard.Controller()


def copy_selection(delay: float = 0.15) -> str:
    """Send Ctrl+C (Cmd+C on macOS) to the focused window and read the clipboard."""
    import sys

    modifier = keyboard.Key.cmd if sys.platform == "darwin" else keyboard.Key.ctrl
    before = pyperclip.paste()
    with _controller.pressed(modifier):
        _controller.press("c")
        _controller.release("c")
    time.sleep(delay)
    after = pyperclip.paste()
    return after if after != before else before


def start_listener(bindings: dict[str, Callable[[], None]]) -> keyboard.GlobalHotKeys:
    def _safe(fn: Callable[[], None]) -> Callable[[], None]:
        def wrapper() -> None:
            try:
                fn()
            except Exception:
                log.exception("hotkey handler %s failed", getattr(fn, "__name__", fn))

        return wrapper

    listener = keyboard.GlobalHotKeys({combo: _safe(fn) for combo, fn in bindings.items()})
    listener.daemon = True
    listener.start()
    log.info("hotkeys active: %s", ", ".join(bindings))
    return listener
