from llmtool.services.drafting import DraftService
from llmtool.services.review import ReviewService
from llmtool.services.summarizer import Summarizer
from llmtool.services.translation import Translator

__all__ = ["DraftService", "ReviewService", "Summarizer", "Translator"]
