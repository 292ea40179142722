from .commentary import Commentator
from .history import HistorySummariser
from .playlist import MoodPlaylistBuilder
from .qa import SongQA

__all__ = ["Commentator", "HistorySummariser", "MoodPlaylistBuilder", "SongQA"]
