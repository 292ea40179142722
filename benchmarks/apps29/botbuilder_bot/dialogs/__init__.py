from dialogs.kb_dialog import KbSearchDialog
from dialogs.main_dialog import MainDialog
from dialogs.ticket_dialog import TicketDialog

__all__ = ["KbSearchDialog", "MainDialog", "TicketDialog"]
