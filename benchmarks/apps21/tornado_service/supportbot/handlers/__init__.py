from supportbot.handlers.admin import (  # noqa: F401
    HealthHandler,
    ModelsAdminHandler,
    PlaygroundHandler,
    ProviderStatusHandler,
    UsageAdminHandler,
)
from supportbot.handlers.assist import (  # noqa: F401
    AssistRerankHandler,
    AssistSuggestHandler,
    ExtractFieldsHandler,
)
from supportbot.handlers.chat import ChatCompletionHandler, ChatHandler, QuickReplyHandler  # noqa: F401
from supportbot.handlers.search import SearchHandler, SimilarTicketsHandler  # noqa: F401
from supportbot.handlers.stream import AgentCopilotSocket, ChatStreamSocket, DraftStreamSocket  # noqa: F401
from supportbot.handlers.tickets import (  # noqa: F401
    DraftReplyHandler,
    TicketCreateHandler,
    TicketSummaryHandler,
    TicketTriageHandler,
)
from supportbot.handlers.webhooks import InboundEmailHandler  # noqa: F401
