"""Registers the AI clients and feature services in the container.

Controllers can type-hint ``Anthropic``/``OpenAI``/``LeadSummarizer`` and the
container will resolve the instances bound here.
"""
from masonite.configuration import config
from masonite.providers import Provider

from app.services.ai import get_anthropic, get_deepseek, get_mistral, get_openai
from app.services.ai.email_drafter import EmailDrafter
from app.services.ai.lead_summarizer import LeadSummarizer
from app.services.ai.transcript_analyzer import TranscriptAnalyzer
from app.services.multi_model_service import multi_model_service


class AIServiceProvider(Provider):
    def __init__(self, application):
        self.application = application

    def register(self):
        openai_client = get_openai()
        anthropic_client = get_anthropic()

        self.application.bind("ai.openai", openai_client)
        self.application.bind("ai.anthropic", anthropic_client)
        self.application.bind("ai.mistral", get_mistral())
        self.application.bind("ai.deepseek", get_deepseek())
        self.application.bind("ai.router", multi_model_service)

        self.application.bind(
            "LeadSummarizer",
            LeadSummarizer(anthropic_client, model=config("ai.anthropic.summary_model")),
        )
        self.application.bind("EmailDrafter", EmailDrafter(openai_client))
        self.application.simple(TranscriptAnalyzer)

    def boot(self):
        if not config("ai.openai.key"):
            # Keep booting; features check their own flags.
            self.application.make("logger").warning("OPENAI_API_KEY not set, AI drafts disabled")
