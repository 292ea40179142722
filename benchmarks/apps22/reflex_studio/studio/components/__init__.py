from .layout import page_shell, sidebar
from .widgets import chat_bubble, image_card, model_picker, progress_panel

__all__ = ["page_shell", "sidebar", "chat_bubble", "image_card", "model_picker", "progress_panel"]
