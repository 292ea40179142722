from plugins.admin import AdminPlugin
from plugins.glossary import GlossaryPlugin
from plugins.ask import AskPlugin
from plugins.incident import IncidentPlugin
from plugins.research import ResearchPlugin
from plugins.review import ReviewPlugin
from plugins.standup import StandupPlugin
from plugins.summary import SummaryPlugin
from plugins.translate import TranslatePlugin

__all__ = [
    "AdminPlugin",
    "AskPlugin",
    "GlossaryPlugin",
    "IncidentPlugin",
    "ResearchPlugin",
    "ReviewPlugin",
    "StandupPlugin",
    "SummaryPlugin",
    "TranslatePlugin",
]
