from ._anvil_designer import TicketListTemplate
from anvil import *
import anvil.server
import anvil.users

from ..TicketDetail import TicketDetail

BADGE_COLOURS = {
    "positive": "#2e7d32",
    "neutral": "#757575",
    "frustrated": "#ef6c00",
    "angry": "#c62828",
}


class TicketList(TicketListTemplate):
    def __init__(self, **properties):
        anvil.users.login_with_form()
        self.init_components(**properties)
        self.refresh()

    def refresh(self):
        rows = anvil.server.call("list_open_tickets")
        for r in rows:
            r["badge_colour"] = BADGE_COLOURS.get(r["sentiment"], "#bdbdbd")
        self.repeating_panel_tickets.items = rows
        self.label_count.text = f"{len(rows)} open"

    def refresh_button_click(self, **event_args):
        self.refresh()

    def repeating_panel_tickets_show_ticket(self, ticket_id, **event_args):
        open_form(TicketDetail(ticket_id=ticket_id))

    def classify_all_link_click(self, **event_args):
        task_id = anvil.server.call("start_job", "classify_backlog")
        Notification(f"Classifying backlog (task {task_id})", timeout=4).show()
