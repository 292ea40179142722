from portal.handlers.root import Root
from portal.handlers.assistant import AssistantPage
from portal.handlers.admin import AdminPages

__all__ = ["Root", "AssistantPage", "AdminPages"]
