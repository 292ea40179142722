"""Entry point: tray icon, menu callbacks and global hotkeys."""
from __future__ import annotations

import logging
import sys
import threading
import tkinter as tk

import pystray
from PIL import Image, ImageDraw

from tray import actions  # noqa: F401  (registers worker handlers)
from tray import clipboard, hotkeys, notifications, screenshot, services, settings, translate, updater, voice, workers
from tray.llm import available, prompts
from tray.popup import PopupController

log = logging.getLogger("tray")

_root: tk.Tk | None = None
_pool: workers.WorkerPool | None = None


def make_image(size: int = 64) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.ellipse((4, 4, size - 4, size - 4), fill=(40, 110, 220, 255))
    draw.text((size // 3, size // 4), "A", fill="white")
    return img


def _on_main(fn, *args) -> None:
    """pystray callbacks run on its own thread; Tk calls must hop to the main loop."""
    if _root is not None:
        _root.after(0, fn, *args)


# -- menu callbacks ---------------------------------------------------------------
def on_ask(icon: pystray.Icon, item: pystray.MenuItem) -> None:
    _on_main(services.popup.show, "Ask")


def on_summarise(icon, item) -> None:
    workers.submit("summarise_clipboard")
    icon.notify("Summarising clipboard\u2026", "Tray assistant")


def on_explain_screen(icon, item) -> None:
    workers.submit("explain_screenshot", provider=settings.load().default_backend)


def on_voice_note(icon, item) -> None:
    notifications.notify("Recording for 15 seconds\u2026")
    workers.submit("voice_note", seconds=15.0, on_done=lambda text: _on_main(_show_text, "Voice note", text))


def on_translate(icon, item) -> None:
    text = clipboard.read_clipboard()
    workers.submit("translate", text=text, target=settings.load().target_language)


def on_grammar_fix(icon, item) -> None:
    """Fix grammar of the selection and put the result back on the clipboard."""
    text = hotkeys.copy_selection()
    if not text:
        return
    cfg = settings.load()
    resp = services.openai_client.chat.completions.create(
        model=cfg.models.chat,
        messages=[
            {"role": "system", "content": prompts.GRAMMAR.system},
            {"role": "user", "content": prompts.GRAMMAR.render(text=text)},
        ],
        temperature=0,
    )
    fixed = resp.choices[0].message.content or text
    import pyperclip

    pyperclip.copy(fixed)
    notifications.notify("Corrected text copied to clipboard")


def _set_backend(name: str):
    def callback(icon, item) -> None:
        cfg = settings.load()
        cfg.default_backend = name
        settings.save(cfg)

    return callback


def _is_backend(name: str):
    return lambda item: settings.load().default_backend == name


def on_reload(icon, item) -> None:
    services.reload()
    notifications.notify("Settings reloaded")


def on_quit(icon, item) -> None:
    if _pool is not None:
        _pool.stop()
    icon.stop()
    _on_main(_root.quit) if _root is not None else None


def _show_text(title: str, text: str) -> None:
    services.popup.show(title)
    services.popup.set_output(text)


def build_menu() -> pystray.Menu:
    backends = pystray.Menu(
        *(
            pystray.MenuItem(name, _set_backend(name), checked=_is_backend(name), radio=True)
            for name in available()
        )
    )
    return pystray.Menu(
        pystray.MenuItem("Ask", on_ask, default=True),
        pystray.MenuItem("Summarise clipboard", on_summarise),
        pystray.MenuItem("Explain screen", on_explain_screen),
        pystray.MenuItem("Voice note", on_voice_note),
        pystray.MenuItem("Translate clipboard", on_translate),
        pystray.MenuItem("Fix grammar of selection", on_grammar_fix),
        pystray.Menu.SEPARATOR,
        pystray.MenuItem("Backend", backends),
        pystray.MenuItem("Reload settings", on_reload),
        pystray.MenuItem("Quit", on_quit),
    )


def on_hotkey() -> None:
    _on_main(services.popup.show, "Ask")


def main(argv: list[str] | None = None) -> int:
    global _root, _pool
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    cfg = settings.load()
    services.init(cfg)

    _root = tk.Tk()
    _root.withdraw()
    services.popup = PopupController(_root)

    _pool = workers.WorkerPool(cfg.worker_threads)
    _pool.start()

    icon = pystray.Icon("assistant", make_image(), "Tray assistant", menu=build_menu())
    services.icon = icon
    listener = hotkeys.start_listener(
        {
            cfg.hotkey_ask: on_hotkey,
            cfg.hotkey_clipboard: lambda: workers.submit("summarise_clipboard"),
            cfg.hotkey_screenshot: lambda: workers.submit("explain_screenshot"),
        }
    )

    icon.run_detached()
    threading.Thread(target=_check_updates, daemon=True).start()
    try:
        _root.mainloop()
    except KeyboardInterrupt:
        pass
    except Exception as exc:
        updater.send_crash_report(exc)
        raise
    finally:
        listener.stop()
        icon.stop()
    return 0


def _check_updates() -> None:
    if updater.update_available():
        notifications.notify("A new version of Tray assistant is available")


if __name__ == "__main__":
    sys.exit(main())
