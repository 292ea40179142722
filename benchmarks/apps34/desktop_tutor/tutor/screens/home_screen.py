from kivy.app import App
from kivy.properties import NumericProperty, StringProperty
from kivy.uix.screenmanager import Screen

from tutor.storage.db import get_db


class HomeScreen(Screen):
    greeting = StringProperty("")
    due_count = NumericProperty(0)

    def on_pre_enter(self, *args):
        app = App.get_running_app()
        cfg = app.tutor_config
        self.greeting = f"Let's practise {cfg.language_name} ({cfg.level})"
        import time
        self.due_count = len(get_db().due_cards(int(time.time())))

    def go(self, name):
        self.manager.current = name
