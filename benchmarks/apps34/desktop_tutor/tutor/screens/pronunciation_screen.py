"""Pronunciation drill: read a sentence aloud, compare the transcript."""
import difflib
import logging
import threading

from kivy.app import App
from kivy.clock import Clock
from kivy.properties import NumericProperty, StringProperty
from kivy.uix.screenmanager import Screen

from tutor.widgets.recorder import Recorder

log = logging.getLogger(__name__)

DRILLS = {
    "es": ["Me gustaría un café con leche, por favor.", "¿Dónde está la estación de tren?"],
    "fr": ["Je voudrais un croissant, s'il vous plaît.", "Où se trouve la gare ?"],
    "de": ["Ich hätte gern einen Kaffee, bitte.", "Wo ist der Bahnhof?"],
}


def similarity(expected, heard):
    norm = lambda s: "".join(c.lower() for c in s if c.isalnum() or c == " ").split()
    return difflib.SequenceMatcher(None, norm(expected), norm(heard)).ratio()


class PronunciationScreen(Screen):
    target = StringProperty("")
    heard = StringProperty("")
    score = NumericProperty(0)
    recording = StringProperty("idle")

    def on_pre_enter(self, *args):
        app = App.get_running_app()
        drills = DRILLS.get(app.tutor_config.target_language, DRILLS["es"])
        self.target = drills[0]
        self.recorder = Recorder()

    def toggle_record(self):
        if self.recording == "idle":
            self.recorder.start()
            self.recording = "recording"
        else:
            path = self.recorder.stop()
            self.recording = "scoring"
            threading.Thread(target=self._score, args=(path,), daemon=True).start()

    def _score(self, wav_path):
        app = App.get_running_app()
        try:
            if app.tutor_config.chat_model.startswith("gpt"):
                result = app.speech.transcribe(wav_path)
                text = result.text
            else:
                # Groq's whisper is much faster; used when the user picked the "fast" profile
                with open(wav_path, "rb") as fh:
                    result = app.groq_client.audio.transcriptions.create(
                        file=(wav_path, fh.read()),
                        model="whisper-large-v3-turbo",
                        language=app.tutor_config.target_language,
                    )
                text = result.text
        except Exception:
            log.exception("transcription failed")
            text = ""
        score = similarity(self.target, text)
        Clock.schedule_once(lambda dt: self._show(text, score))

    def _show(self, text, score):
        self.heard = text
        self.score = round(score * 100)
        self.recording = "idle"

    def play_target(self, slow=False):
        app = App.get_running_app()

        def work():
            path = app.speech.speak(self.target, slow=slow)
            Clock.schedule_once(lambda dt: self.ids.player.load(path))

        threading.Thread(target=work, daemon=True).start()
