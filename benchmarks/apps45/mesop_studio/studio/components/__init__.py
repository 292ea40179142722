from studio.components.chat_panel import chat_panel
from studio.components.header import header, page_frame
from studio.components.model_picker import model_picker
from studio.components.token_meter import token_meter

__all__ = ["chat_panel", "header", "model_picker", "page_frame", "token_meter"]
