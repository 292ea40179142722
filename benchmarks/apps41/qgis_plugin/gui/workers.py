"""QThread worker that drains a text generator into Qt signals."""
from qgis.PyQt.QtCore import QObject, QThread, pyqtSignal


class StreamWorker(QObject):
    chunk = pyqtSignal(str)
    done = pyqtSignal(str)
    failed = pyqtSignal(str)

    def __init__(self, generator_factory):
        super().__init__()
        self._factory = generator_factory
        self._stop = False

    def stop(self):
        self._stop = True

    def run(self):
        parts = []
        try:
            for text in self._factory():
                if self._stop:
                    break
                parts.append(text)
                self.chunk.emit(text)
        except Exception as exc:  # noqa: BLE001
            self.failed.emit(str(exc))
            return
        self.done.emit("".join(parts))


def start_worker(worker, parent):
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.done.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread
