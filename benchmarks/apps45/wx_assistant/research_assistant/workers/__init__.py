"""Background threads. Workers never touch widgets directly: they post events or use wx.CallAfter."""
from research_assistant.workers.chat_worker import ChatWorker, TitleWorker  # noqa: F401
from research_assistant.workers.summarize_worker import SummarizeWorker  # noqa: F401
from research_assistant.workers.embed_worker import EmbedWorker  # noqa: F401
