from app.controllers.note_controller import NoteController
from app.controllers.assistant_controller import AssistantController
from app.controllers.palette_controller import PaletteController

__all__ = ["NoteController", "AssistantController", "PaletteController"]
