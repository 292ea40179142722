"""Entry point for CounselDesk.

Run as a desktop app:   flet run main.py
Run in the browser:     flet run --web main.py
"""
import logging
import os

import flet as ft

from counseldesk.app import main

logging.basicConfig(
    level=os.environ.get("COUNSELDESK_LOG_LEVEL", "INFO"),
    format="%(asctime)s %(levelname)s %(name)s: %(message)s",
)


if __name__ == "__main__":
    view = ft.AppView.WEB_BROWSER if os.environ.get("COUNSELDESK_WEB") else ft.AppView.FLET_APP
    ft.app(target=main, view=view, assets_dir="assets", upload_dir="uploads")
