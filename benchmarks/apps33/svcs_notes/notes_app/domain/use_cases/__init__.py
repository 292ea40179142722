from notes_app.domain.use_cases.ask import AskNotes
from notes_app.domain.use_cases.summarize import SummarizeNote
from notes_app.domain.use_cases.tagging import AutoTagger

__all__ = ["AskNotes", "AutoTagger", "SummarizeNote"]
