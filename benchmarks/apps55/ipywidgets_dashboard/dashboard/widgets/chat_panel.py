"""Chat panel as an anywidget: messages live in a synced traitlet, JS renders them."""
from __future__ import annotations

import logging
import threading
from typing import Callable

import anywidget
import traitlets

from dashboard.llm.prompts import CHAT_SYSTEM
from dashboard.services.moderation import moderate

log = logging.getLogger(__name__)

_ESM = """
function render({ model, el }) {
  const list = document.createElement("div");
  list.className = "chat-list";
  const input = document.createElement("textarea");
  input.placeholder = "Ask the assistant…";
  const send = document.createElement("button");
  send.textContent = "Send";
  const draw = () => {
    list.innerHTML = "";
    for (const m of model.get("messages")) {
      const d = document.createElement("div");
      d.className = "msg " + m.role;
      d.textContent = m.content;
      list.appendChild(d);
    }
    send.disabled = model.get("pending");
    list.scrollTop = list.scrollHeight;
  };
  send.onclick = () => {
    const text = input.value.trim();
    if (!text) return;
    model.send({ type: "user_message", text });
    input.value = "";
  };
  model.on("change:messages", draw);
  model.on("change:pending", draw);
  model.on("msg:custom", (msg) => { if (msg.type === "error") alert(msg.text); });
  draw();
  el.append(list, input, send);
}
export default { render };
"""

_CSS = """
.chat-list { max-height: 420px; overflow-y: auto; font-family: var(--jp-ui-font-family); }
.msg { padding: 6px 10px; margin: 4px 0; border-radius: 6px; white-space: pre-wrap; }
.msg.user { background: #eef4ff; }
.msg.assistant { background: #f6f6f6; }
"""


class ChatPanel(anywidget.AnyWidget):
    _esm = traitlets.Unicode(_ESM).tag(sync=True)
    _css = traitlets.Unicode(_CSS).tag(sync=True)

    messages = traitlets.List(traitlets.Dict()).tag(sync=True)
    pending = traitlets.Bool(False).tag(sync=True)
    model_name = traitlets.Unicode("").tag(sync=True)

    def __init__(self, client, model: str, context: Callable[[], str] | None = None, **kwargs):
        super().__init__(**kwargs)
        self._client = client
        self.model_name = model
        self._context = context or (lambda: "")
        self.on_msg(self._handle_custom_msg)

    def _handle_custom_msg(self, content, buffers):
        if content.get("type") != "user_message":
            return
        text = content.get("text", "")
        if moderate(text):
            self.send({"type": "error", "text": "That message was blocked by the content filter."})
            return
        self.messages = [*self.messages, {"role": "user", "content": text}]
        self.pending = True
        threading.Thread(target=self._respond, daemon=True).start()

    def _respond(self):
        history = [m for m in self.messages if m["role"] in ("user", "assistant")]
        system = f"{CHAT_SYSTEM}\n\n{self._context()}"
        partial = ""
        base = [*self.messages, {"role": "assistant", "content": ""}]
        try:
            with self._client.messages.stream(
                model=self.model_name, max_tokens=1024, system=system, messages=history
            ) as stream:
                for text in stream.text_stream:
                    partial += text
                    base[-1] = {"role": "assistant", "content": partial}
                    self.messages = list(base)
        except Exception as exc:  # noqa: BLE001
            log.exception("chat failed")
            self.send({"type": "error", "text": str(exc)})
        finally:
            self.pending = False

    def clear(self):
        self.messages = []
