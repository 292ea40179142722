from ._anvil_designer import KnowledgeSearchTemplate
from anvil import *
import anvil.server


class KnowledgeSearch(KnowledgeSearchTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)
        self.results = []

    def search_box_pressed_enter(self, **event_args):
        self.search_button_click()

    def search_button_click(self, **event_args):
        query = self.search_box.text
        self.results = anvil.server.call("search_articles", query)
        self.repeating_panel_results.items = self.results
        if not self.results:
            self.label_answer.text = anvil.server.call("quick_answer", query)

    def answer_button_click(self, **event_args):
        slugs = [r["slug"] for r in self.results[:3]]
        with Notification("Reading articles…"):
            self.label_answer.text = anvil.server.call(
                "answer_from_articles", self.search_box.text, slugs
            )
