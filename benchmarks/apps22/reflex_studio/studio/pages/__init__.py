from .campaigns import campaigns_page
from .chat import chat_page
from .studio_pages import copy_page, images_page, settings_page, tools_page

__all__ = ["campaigns_page", "chat_page", "copy_page", "images_page", "settings_page", "tools_page"]
