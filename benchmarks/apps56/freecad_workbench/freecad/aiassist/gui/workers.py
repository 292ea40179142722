"""Background workers so the FreeCAD GUI doesn't freeze during requests."""
import traceback

from PySide import QtCore


class LLMWorker(QtCore.QThread):
    """Runs ``fn(*args, **kwargs)`` in a thread and emits the result."""

    finished_ok = QtCore.Signal(object)
    failed = QtCore.Signal(str)

    def __init__(self, fn, *args, **kwargs):
        super().__init__()
        self._fn = fn
        self._args = args
        self._kwargs = kwargs

    def run(self):
        try:
            result = self._fn(*self._args, **self._kwargs)
        except Exception:
            self.failed.emit(traceback.format_exc())
            return
        self.finished_ok.emit(result)


class StreamWorker(QtCore.QThread):
    """Like LLMWorker but forwards tokens through a signal."""

    token = QtCore.Signal(str)
    done = QtCore.Signal(str)
    failed = QtCore.Signal(str)

    def __init__(self, streamer, system, user, **kwargs):
        super().__init__()
        self._streamer = streamer
        self._system = system
        self._user = user
        self._kwargs = kwargs

    def run(self):
        try:
            text = self._streamer(self._system, self._user, self.token.emit, **self._kwargs)
        except Exception as exc:
            self.failed.emit(str(exc))
            return
        self.done.emit(text)


class GroqChatWorker(QtCore.QThread):
    """Older worker from the 0.4 "quick answer" feature, still used by the Ask panel."""

    answered = QtCore.Signal(str)
    failed = QtCore.Signal(str)

    def __init__(self, client, model, messages):
        super().__init__()
        self.client = client
        self.model = model
        self.messages = messages

    def run(self):
        try:
            resp = self.client.chat.completions.create(model=self.model, messages=self.messages)
        except Exception as exc:
            self.failed.emit(str(exc))
            return
        self.answered.emit(resp.choices[0].message.content)
