"""Free-form "ask the tutor" box with a selectable provider."""
import asyncio
import logging
import threading

from groq import AsyncGroq
from kivy.app import App
from kivy.clock import Clock
from kivy.properties import StringProperty
from kivy.uix.screenmanager import Screen

from tutor.services import get_async_openai_client
from tutor.services.provider_registry import completer_for, provider_names

log = logging.getLogger(__name__)

ASK_SYSTEM = "You are a patient language tutor. Answer briefly, with examples."


class AskScreen(Screen):
    provider = StringProperty("openai")
    answer = StringProperty("")

    def on_pre_enter(self, *args):
        self.ids.provider_spinner.values = provider_names()

    def ask(self, question):
        # TODO: replace the registry with multi_model_service.generate_response
        complete = completer_for(self.provider)
        self.answer = "..."

        def work():
            try:
                text = complete(f"{ASK_SYSTEM}\n\nQuestion: {question}")
            except Exception as exc:
                text = f"Error: {exc}"
            Clock.schedule_once(lambda dt: setattr(self, "answer", text))

        threading.Thread(target=work, daemon=True).start()

    def compare(self, question):
        """Ask two providers at once and show both (the 'second opinion' button)."""
        threading.Thread(target=lambda: asyncio.run(self._compare(question)), daemon=True).start()

    async def _compare(self, question):
        app = App.get_running_app()
        openai_client = get_async_openai_client(app.tutor_config.key_for("openai"))
        groq_client = AsyncGroq(api_key=app.tutor_config.key_for("groq"))
        messages = [{"role": "system", "content": ASK_SYSTEM}, {"role": "user", "content": question}]
        a, b = await asyncio.gather(
            openai_client.chat.completions.create(model="gpt-4o-mini", messages=messages),
            groq_client.chat.completions.create(model="llama-3.3-70b-versatile", messages=messages),
        )
        text = (
            f"[GPT] {a.choices[0].message.content}\n\n"
            f"[Llama] {b.choices[0].message.content}"
        )
        Clock.schedule_once(lambda dt: setattr(self, "answer", text))
