"""Search the KB, answer from extracts, offer a ticket if it didn't help."""

import logging

from botbuilder.core import MessageFactory
from botbuilder.dialogs import ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext
from botbuilder.dialogs.prompts import ConfirmPrompt, PromptOptions, TextPrompt

from helpers.cards import kb_results_card
from helpers.prompts import KB_ANSWER_SYSTEM, kb_context
from services import get_anthropic, get_settings
from services.kb_service import KnowledgeBaseService
from services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class KbSearchDialog(ComponentDialog):
    def __init__(self, kb: KnowledgeBaseService, dialog_id: str = None):
        super().__init__(dialog_id or KbSearchDialog.__name__)
        self.kb = kb
        self.claude = get_anthropic()
        self.add_dialog(TextPrompt("kb_question"))
        self.add_dialog(ConfirmPrompt("kb_helped"))
        self.add_dialog(
            WaterfallDialog(
                "kb_waterfall",
                [self.ask_step, self.answer_step, self.feedback_step],
            )
        )
        self.initial_dialog_id = "kb_waterfall"

    async def ask_step(self, step: WaterfallStepContext) -> DialogTurnResult:
        if step.options and isinstance(step.options, str):
            return await step.next(step.options)
        return await step.prompt("kb_question", PromptOptions(prompt=MessageFactory.text("What are you looking for?")))

    async def answer_step(self, step: WaterfallStepContext) -> DialogTurnResult:
        question = step.result
        chunks = await self.kb.search(question, top_k=4)
        if not chunks:
            await step.context.send_activity("I couldn't find anything in the knowledge base.")
            return await step.end_dialog(False)

        model = get_settings().anthropic_model
        async with llm_tracker.track_llm_call(provider="anthropic", model=model, feature_context="kb_answer") as usage_log:
            msg = await self.claude.messages.create(
                model=model,
                max_tokens=600,
                system=KB_ANSWER_SYSTEM + "\n\n" + kb_context(chunks),
                messages=[{"role": "user", "content": question}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens

        await step.context.send_activity(MessageFactory.text(msg.content[0].text))
        await step.context.send_activity(MessageFactory.attachment(kb_results_card(chunks)))
        return await step.prompt("kb_helped", PromptOptions(prompt=MessageFactory.text("Did that help?")))

    async def feedback_step(self, step: WaterfallStepContext) -> DialogTurnResult:
        helped = bool(step.result)
        if not helped:
            await step.context.send_activity("Sorry about that. Type /ticket and I'll open one for you.")
        return await step.end_dialog(helped)
