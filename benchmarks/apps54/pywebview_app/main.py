"""Entry point: python main.py [--debug]"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import webview

from api import Api
from backend import workers
from backend.settings import config_dir, load_settings, migrate_legacy_settings

HERE = Path(getattr(sys, "_MEIPASS", Path(__file__).parent))


def _on_loaded(window, api: Api) -> None:
    theme = load_settings().theme
    window.evaluate_js(f"window.app && window.app.setTheme({theme!r})")


def _on_closing() -> None:
    workers.shutdown()


def _build_menu(window, api: Api) -> list:
    from webview.menu import Menu, MenuAction, MenuSeparator

    def new_note():
        note = api.create("Untitled", "")
        window.evaluate_js(f"window.app && window.app.open({note['id']!r})")

    def reindex():
        api.reindex()

    def open_config():
        import subprocess

        folder = str(config_dir())
        if sys.platform == "darwin":
            subprocess.Popen(["open", folder])
        elif sys.platform == "win32":
            subprocess.Popen(["explorer", folder])
        else:
            subprocess.Popen(["xdg-open", folder])

    return [
        Menu("File", [
            MenuAction("New note", new_note),
            MenuSeparator(),
            MenuAction("Open settings folder", open_config),
        ]),
        Menu("Tools", [
            MenuAction("Rebuild search index", reindex),
        ]),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--debug", action="store_true")
    parser.add_argument("--gui", default=None, help="force a pywebview backend (qt, gtk, edgechromium)")
    args = parser.parse_args()

    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.INFO,
        filename=config_dir() / "app.log",
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )

    api = Api()
    window = webview.create_window(
        "Notes",
        str(HERE / "web" / "index.html"),
        js_api=api,
        width=1200,
        height=800,
        min_size=(800, 560),
        text_select=True,
    )
    api._attach(window)
    window.events.loaded += lambda: _on_loaded(window, api)
    window.events.closing += _on_closing
    migrate_legacy_settings()
    webview.start(
        debug=args.debug,
        gui=args.gui,
        private_mode=False,
        storage_path=str(config_dir() / "webview"),
        menu=_build_menu(window, api),
    )


if __name__ == "__main__":
    main()
