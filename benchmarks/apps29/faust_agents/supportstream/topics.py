from supportstream.app import app
from supportstream.models import (
    EmbeddingEvent,
    ModerationVerdict,
    ReplyDraft,
    Ticket,
    TicketSummary,
    TranslationEvent,
    TriageResult,
)

tickets_inbound = app.topic("tickets.inbound", value_type=Ticket)
tickets_translated = app.topic("tickets.translated", value_type=Ticket)
tickets_triaged = app.topic("tickets.triaged", value_type=TriageResult)
ticket_moderation = app.topic("tickets.moderation", value_type=ModerationVerdict)
ticket_summaries = app.topic("tickets.summaries", value_type=TicketSummary)
reply_drafts = app.topic("tickets.reply-drafts", value_type=ReplyDraft)
ticket_embeddings = app.topic("tickets.embeddings", value_type=EmbeddingEvent)
translation_requests = app.topic("tickets.translation-requests", value_type=TranslationEvent)
ticket_closed = app.topic("tickets.closed", value_type=Ticket, partitions=8)
