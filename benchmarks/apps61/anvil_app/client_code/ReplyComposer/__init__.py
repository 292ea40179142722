from ._anvil_designer import ReplyComposerTemplate
from anvil import *
import anvil.server


class ReplyComposer(ReplyComposerTemplate):
    def __init__(self, ticket_id=None, **properties):
        self.ticket_id = ticket_id
        self.init_components(**properties)
        self.drop_down_macro.items = [("(none)", None)] + [
            (name, name) for name in anvil.server.call("list_macros")
        ]

    def draft_button_click(self, **event_args):
        self.text_area_reply.text = anvil.server.call(
            "draft_reply", self.ticket_id, self.drop_down_macro.selected_value
        )

    def variants_button_click(self, **event_args):
        variants = anvil.server.call("draft_reply_variants", self.ticket_id)
        self.repeating_panel_variants.items = [
            {"tone": tone, "text": text} for tone, text in variants.items()
        ]

    def polish_button_click(self, **event_args):
        self.text_area_reply.text = anvil.server.call("polish_reply", self.text_area_reply.text)

    def read_aloud_button_click(self, **event_args):
        media = anvil.server.call("read_aloud", self.text_area_reply.text)
        download(media)

    def send_button_click(self, **event_args):
        problems = anvil.server.call("check_outgoing_reply", self.text_area_reply.text)
        if problems and not confirm("\n".join(problems) + "\n\nSend anyway?"):
            return
        self.raise_event("x-close-alert", value=self.text_area_reply.text)
