from .base import StudioState
from .campaigns import CampaignState
from .chat import ChatState
from .copywriter import CopyState
from .images import ImageState
from .settings import SettingsState
from .tools import LibraryState, LocalizeState, SEOState

__all__ = [
    "StudioState",
    "CampaignState",
    "ChatState",
    "CopyState",
    "ImageState",
    "SettingsState",
    "LibraryState",
    "LocalizeState",
    "SEOState",
]
