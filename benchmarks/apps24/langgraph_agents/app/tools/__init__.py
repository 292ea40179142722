from app.tools.kb_search import KBSearchTool
from app.tools.orders import EscalationQueue, OrderRepository
from app.tools.translation import Translator

__all__ = ["EscalationQueue", "KBSearchTool", "OrderRepository", "Translator"]
