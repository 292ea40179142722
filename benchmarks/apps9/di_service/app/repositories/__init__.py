from app.repositories.attachments import AttachmentRepository
from app.repositories.kb_repository import KBRepository
from app.repositories.ticket_repository import TicketRepository

__all__ = ["AttachmentRepository", "KBRepository", "TicketRepository"]
