from app.models.note import AIHistory, Exchange, Note
from app.models.notebook import NoteStore

__all__ = ["Note", "NoteStore", "AIHistory", "Exchange"]
