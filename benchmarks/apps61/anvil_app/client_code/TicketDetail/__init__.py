from ._anvil_designer import TicketDetailTemplate
from anvil import *
import anvil.server


class TicketDetail(TicketDetailTemplate):
    def __init__(self, ticket_id=None, **properties):
        self.ticket_id = ticket_id
        self.init_components(**properties)
        self.label_ticket_id.text = ticket_id
        self.load_summary()

    def load_summary(self, refresh=False):
        self.label_summary.text = "Summarising…"
        # call_s: no spinner, the label already says we're busy
        summary = anvil.server.call_s("summarise_ticket", self.ticket_id, refresh)
        self.label_summary.text = summary

    def refresh_summary_link_click(self, **event_args):
        self.load_summary(refresh=True)

    def sentiment_button_click(self, **event_args):
        result = anvil.server.call("classify_sentiment", self.ticket_id)
        self.label_sentiment.text = f"{result['label']} (urgency {result['urgency']})"

    def next_action_button_click(self, **event_args):
        self.label_next_action.text = anvil.server.call("suggest_next_action", self.ticket_id)

    def tags_button_click(self, **event_args):
        tags = anvil.server.call("quick_tags", self.ticket_id)
        self.flow_panel_tags.clear()
        for t in tags:
            self.flow_panel_tags.add_component(Label(text=t, role="tag"))

    def escalate_button_click(self, **event_args):
        verdict = anvil.server.call("suggest_escalation", self.ticket_id)
        if verdict.get("escalate"):
            if confirm(f"Escalate to {verdict.get('team')}?\n\n{verdict.get('reason')}"):
                Notification("Escalated").show()
        else:
            alert(verdict.get("reason", "No escalation needed."))

    def translate_link_click(self, **event_args):
        self.label_body.text = anvil.server.call("translate", self.label_body.text, "en")

    def reply_button_click(self, **event_args):
        from ..ReplyComposer import ReplyComposer

        alert(ReplyComposer(ticket_id=self.ticket_id), large=True, buttons=[])

    def back_link_click(self, **event_args):
        from ..TicketList import TicketList

        open_form(TicketList())
