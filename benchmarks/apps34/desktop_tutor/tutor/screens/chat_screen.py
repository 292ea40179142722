"""Conversation practice screen."""
import logging
import threading

from kivy.app import App
from kivy.clock import Clock
from kivy.properties import BooleanProperty, ListProperty, StringProperty
from kivy.uix.screenmanager import Screen

from tutor.widgets.chat_bubble import ChatBubble

log = logging.getLogger(__name__)


class ChatScreen(Screen):
    scenario = StringProperty("cafe")
    busy = BooleanProperty(False)
    suggestions = ListProperty([])

    def on_enter(self, *args):
        if not self.ids.messages.children:
            self._add_bubble("assistant", "¡Hola! ¿Qué te pongo?")

    def send(self, text):
        text = text.strip()
        if not text or self.busy:
            return
        self.ids.input.text = ""
        self._add_bubble("user", text)
        self.busy = True
        app = App.get_running_app()
        if app.offline:
            threading.Thread(target=self._offline_worker, args=(text,), daemon=True).start()
        else:
            threading.Thread(target=self._worker, args=(text,), daemon=True).start()

    def _worker(self, text):
        app = App.get_running_app()
        bubble = self._add_bubble_threadsafe("assistant", "")
        try:
            app.conversation.stream_reply(
                self.scenario, text, on_delta=lambda d: Clock.schedule_once(lambda dt: bubble.append(d))
            )
        except Exception as exc:
            log.exception("chat failed")
            Clock.schedule_once(lambda dt: self._show_error(exc))
        finally:
            Clock.schedule_once(lambda dt: setattr(self, "busy", False))

    def _offline_worker(self, text):
        app = App.get_running_app()
        bubble = self._add_bubble_threadsafe("assistant", "")
        try:
            reply = app.offline_session.stream(
                text, on_delta=lambda d: Clock.schedule_once(lambda dt: bubble.append(d))
            )
        except Exception:
            # older Ollama builds choke on streaming; fall back to a single reply
            state = app.conversation.state_for(self.scenario)
            history = [{"role": t.role, "content": t.content} for t in state.turns[-10:]]
            reply = app.offline_tutor.reply(history, text)
            Clock.schedule_once(lambda dt: setattr(bubble, "text", reply))
        Clock.schedule_once(lambda dt: setattr(self, "busy", False))
        return reply

    def translate_bubble(self, bubble):
        """Long-press on a bubble shows its translation."""
        app = App.get_running_app()

        def work():
            resp = app.openai_client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[
                    {"role": "system", "content": f"Translate into {app.tutor_config.native_language}."},
                    {"role": "user", "content": bubble.text},
                ],
                temperature=0,
            )
            translated = resp.choices[0].message.content
            Clock.schedule_once(lambda dt: bubble.show_translation(translated))

        threading.Thread(target=work, daemon=True).start()

    def load_suggestions(self):
        app = App.get_running_app()

        def work():
            items = app.conversation.suggest_replies(self.scenario)
            Clock.schedule_once(lambda dt: setattr(self, "suggestions", items))

        threading.Thread(target=work, daemon=True).start()

    def speak_last(self):
        app = App.get_running_app()
        bubbles = [w for w in self.ids.messages.children if w.role == "assistant"]
        if not bubbles:
            return
        text = bubbles[0].text

        def work():
            path = app.speech.speak(text)
            Clock.schedule_once(lambda dt: bubbles[0].play(path))

        threading.Thread(target=work, daemon=True).start()

    def _add_bubble(self, role, text):
        bubble = ChatBubble(role=role, text=text)
        self.ids.messages.add_widget(bubble, index=0)
        return bubble

    def _add_bubble_threadsafe(self, role, text):
        holder = {}
        ev = threading.Event()

        def make(_dt):
            holder["b"] = self._add_bubble(role, text)
            ev.set()

        Clock.schedule_once(make)
        ev.wait(2)
        return holder["b"]

    def _show_error(self, exc):
        self._add_bubble("system", f"Connection problem: {exc}")
