from deskassist.components.brief_panel import MarketBrief
from deskassist.components.chat import build_chat
from deskassist.components.curve_notes import curve_notes_view
from deskassist.components.doc_search import DocSearch
from deskassist.components.news_feed import NewsFeed
from deskassist.components.risk_panel import RiskPanel

__all__ = ["DocSearch", "MarketBrief", "NewsFeed", "RiskPanel", "build_chat", "curve_notes_view"]
