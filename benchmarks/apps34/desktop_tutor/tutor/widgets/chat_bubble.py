from kivy.core.audio import SoundLoader
from kivy.properties import BooleanProperty, StringProperty
from kivy.uix.label import Label


class ChatBubble(Label):
    role = StringProperty("assistant")
    translation = StringProperty("")
    show_tr = BooleanProperty(False)

    def append(self, delta):
        self.text += delta

    def show_translation(self, text):
        self.translation = text
        self.show_tr = True

    def play(self, path):
        sound = SoundLoader.load(path)
        if sound:
            sound.play()

    def on_touch_down(self, touch):
        if self.collide_point(*touch.pos) and touch.is_double_tap:
            self.parent.parent.parent.translate_bubble(self)
            return True
        return super().on_touch_down(touch)
