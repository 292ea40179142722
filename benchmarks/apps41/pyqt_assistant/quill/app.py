from __future__ import annotations

import logging
import sys

from PyQt6.QtWidgets import QApplication

from quill import APP_NAME, ORG_NAME, __version__
from quill.skills import registry
from quill.history import HistoryStore
from quill.tracking import llm_tracker
from quill.ui.main_window import MainWindow


def run(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    app = QApplication(argv or sys.argv)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)

    history = HistoryStore.open_default()
    llm_tracker.add_sink(history.record_usage)
    registry.load_folder()

    window = MainWindow(history)
    window.show()
    return app.exec()
