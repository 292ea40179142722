"""Full-screen chat view (c-o from the prompt, or --fullscreen)."""
from __future__ import annotations

import asyncio

from prompt_toolkit.application import Application
from prompt_toolkit.buffer import Buffer
from prompt_toolkit.document import Document
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.layout import HSplit, Layout, Window
from prompt_toolkit.layout.controls import FormattedTextControl
from prompt_toolkit.widgets import Frame, TextArea

from ptk_repl.providers.factory import get_async_openai, get_openai_client
from ptk_repl.ui.printing import STYLE


class FullScreenChat:
    def __init__(self, state):
        self.state = state
        self.client = get_async_openai()
        self._sync_client = get_openai_client()
        self.output = TextArea(read_only=True, scrollbar=True, wrap_lines=True, focusable=False)
        self.input = TextArea(height=3, prompt="» ", multiline=False, accept_handler=self._accept)
        self.status = FormattedTextControl(self._status_text)
        self.app = Application(
            layout=Layout(
                HSplit(
                    [
                        Frame(self.output, title="ptk-repl"),
                        Frame(self.input),
                        Window(self.status, height=1, style="class:bottom-toolbar"),
                    ]
                ),
                focused_element=self.input,
            ),
            key_bindings=self._bindings(),
            style=STYLE,
            full_screen=True,
            mouse_support=True,
        )
        self._busy = False

    def _status_text(self):
        model = self.state.config.active_model
        return [("class:bottom-toolbar", f" {model} {'…thinking' if self._busy else ''} | ^Q back | ^S summary ")]

    def _bindings(self) -> KeyBindings:
        kb = KeyBindings()

        @kb.add("c-q")
        def _(event):
            event.app.exit()

        @kb.add("c-s")
        def _(event):
            asyncio.ensure_future(self._summarise())

        return kb

    def _append(self, text: str) -> None:
        new = self.output.text + text
        self.output.buffer.set_document(Document(new, cursor_position=len(new)), bypass_readonly=True)

    def _accept(self, buff: Buffer) -> bool:
        text = buff.text.strip()
        if text:
            self._append(f"\nyou: {text}\nassistant: ")
            asyncio.ensure_future(self._answer(text))
        return False

    async def _answer(self, text: str) -> None:
        self._busy = True
        conv = self.state.conversation
        conv.add("user", text)
        messages = [{"role": "system", "content": self.state.config.system_prompt}]
        messages += [m.as_dict() for m in conv.messages]
        parts = []
        try:
            stream = await self.client.chat.completions.create(
                model=self.state.config.active_model,
                messages=messages,
                stream=True,
            )
            async for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    parts.append(chunk.choices[0].delta.content)
                    self._append(chunk.choices[0].delta.content)
                    self.app.invalidate()
        finally:
            self._busy = False
            conv.add("assistant", "".join(parts))
            self.app.invalidate()

    async def _summarise(self) -> None:
        transcript = self.output.text[-12_000:]
        resp = await asyncio.to_thread(
            self._sync_client.chat.completions.create,
            model="gpt-4.1-mini",
            messages=[{"role": "user", "content": f"Summarise this chat in 5 lines:\n{transcript}"}],
        )
        self._append("\n--- summary ---\n" + (resp.choices[0].message.content or "") + "\n")
        self.app.invalidate()

    async def run(self) -> None:
        await self.app.run_async()
