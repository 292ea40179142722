"""Side-panel chat about the current document."""
from __future__ import annotations

from PyQt6.QtCore import QObject, QRunnable, QThreadPool, pyqtSignal
from PyQt6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from quill import config


class _ChatSignals(QObject):
    reply = pyqtSignal(str)
    error = pyqtSignal(str)


class _ChatTask(QRunnable):
    def __init__(self, fn, history):
        super().__init__()
        self.fn = fn
        self.history = list(history)
        self.signals = _ChatSignals()

    def run(self):
        try:
            self.signals.reply.emit(self.fn(self.history))
        except Exception as exc:  # noqa: BLE001
            self.signals.error.emit(str(exc))


class ChatDock(QDockWidget):
    def __init__(self, clients: dict, get_document, parent=None):
        super().__init__("Chat", parent)
        self.setObjectName("ChatDock")
        self.clients = clients  # provider -> SDK client, owned by MainWindow
        self.get_document = get_document
        self.history: list[dict] = []

        self.view = QTextBrowser()
        self.input = QLineEdit()
        self.input.setPlaceholderText("Ask about your draft…")
        self.input.returnPressed.connect(self.send)
        self.provider_box = QComboBox()
        self.provider_box.addItems(["groq", "openai", "anthropic", "xai"])
        self.provider_box.setCurrentText(config.preferred_provider())
        send = QPushButton("Send")
        send.clicked.connect(self.send)
        clear = QPushButton("Clear")
        clear.clicked.connect(self.clear)

        row = QHBoxLayout()
        row.addWidget(self.provider_box)
        row.addWidget(self.input, 1)
        row.addWidget(send)
        row.addWidget(clear)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.addWidget(self.view)
        lay.addLayout(row)
        self.setWidget(body)

    def clear(self) -> None:
        self.history.clear()
        self.view.clear()

    def send(self) -> None:
        text = self.input.text().strip()
        if not text:
            return
        self.input.clear()
        self.history.append({"role": "user", "content": text})
        self.view.append(f"<b>You:</b> {text}")
        provider = self.provider_box.currentText()
        fn = self._ask_claude if provider == "anthropic" else self._ask_chat_completions(provider)
        task = _ChatTask(fn, self.history)
        task.signals.reply.connect(self._on_reply)
        task.signals.error.connect(lambda e: self.view.append(f"<i>Error: {e}</i>"))
        QThreadPool.globalInstance().start(task)

    def _system(self) -> str:
        doc = self.get_document()[:8000]
        return f"You help the user with their draft. The draft:\n\n{doc}"

    def _ask_chat_completions(self, provider: str):
        client = self.clients[provider]
        model = config.default_model(provider)

        def ask(history):
            resp = client.chat.completions.create(
                model=model,
                messages=[{"role": "system", "content": self._system()}, *history],
            )
            return resp.choices[0].message.content

        return ask

    def _ask_claude(self, history) -> str:
        msg = self.clients["anthropic"].messages.create(
            model=config.default_model("anthropic"),
            max_tokens=1024,
            system=self._system(),
            messages=history,
        )
        return msg.content[0].text

    def _on_reply(self, text: str) -> None:
        self.history.append({"role": "assistant", "content": text})
        self.view.append(f"<b>Assistant:</b> {text}")
