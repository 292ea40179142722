"""Free-form chat with Claude, used as 'ask the copy assistant' drawer."""
from __future__ import annotations

from anthropic import AsyncAnthropic
from nicegui import ui


class ChatPanel:
    def __init__(self, client: AsyncAnthropic, system_prompt: str, model: str = "claude-3-5-sonnet-latest") -> None:
        self.client = client
        self.system_prompt = system_prompt
        self.model = model
        self.messages: list[dict] = []
        with ui.column().classes("w-full h-96") as self.root:
            self.log = ui.column().classes("w-full grow overflow-auto")
            with ui.row().classes("w-full"):
                self.input = ui.input(placeholder="Ask about this campaign...").classes("grow")
                self.input.on("keydown.enter", self.send)
                ui.button(icon="send", on_click=self.send)

    async def send(self) -> None:
        question = (self.input.value or "").strip()
        if not question:
            return
        self.input.value = ""
        self.messages.append({"role": "user", "content": question})
        with self.log:
            ui.chat_message(question, name="You", sent=True)
            reply = ui.chat_message(name="Assistant").props("bg-color=grey-2")
            with reply:
                body = ui.markdown("…")
        text = ""
        async with self.client.messages.stream(
            model=self.model,
            system=self.system_prompt,
            max_tokens=1500,
            messages=self.messages,
        ) as stream:
            async for delta in stream.text_stream:
                text += delta
                body.set_content(text)
        self.messages.append({"role": "assistant", "content": text})

    def reset(self) -> None:
        self.messages.clear()
        self.log.clear()
