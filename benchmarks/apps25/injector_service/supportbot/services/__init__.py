"""Domain services. Import from here in routes and the worker."""
from supportbot.services.compliance_review import ComplianceReviewer
from supportbot.services.conversation import ConversationService, ModerationService, Turn
from supportbot.services.disputes import DisputeCase, DisputeSummarizer
from supportbot.services.fraud_explainer import DeclineContext, FraudExplainer
from supportbot.services.intent import IntentClassifier
from supportbot.services.provider_registry import ProviderRegistry
from supportbot.services.retrieval import ArticleIndex, GroundedAnswerService, RetrievalService
from supportbot.services.tickets import TicketRepository
from supportbot.services.tone_check import ToneChecker
from supportbot.services.triage import TriageService

__all__ = [
    "ArticleIndex",
    "ComplianceReviewer",
    "ConversationService",
    "DeclineContext",
    "DisputeCase",
    "DisputeSummarizer",
    "FraudExplainer",
    "GroundedAnswerService",
    "IntentClassifier",
    "ModerationService",
    "ProviderRegistry",
    "RetrievalService",
    "TicketRepository",
    "ToneChecker",
    "Turn",
    "TriageService",
]
