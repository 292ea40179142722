"""Open a ServiceNow ticket through a short waterfall."""

import logging

from botbuilder.core import MessageFactory, UserState
from botbuilder.dialogs import ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext
from botbuilder.dialogs.choices import Choice
from botbuilder.dialogs.prompts import ChoicePrompt, ConfirmPrompt, PromptOptions, TextPrompt

from helpers.cards import ticket_card
from services.servicenow_client import ServiceNowClient
from services.summarizer import summarize_conversation
from services.ticket_classifier import TicketClassifier
from state.accessors import ConversationData

logger = logging.getLogger(__name__)

URGENCY = {"Blocking my work": 1, "Annoying": 2, "Whenever": 3}


class TicketDialog(ComponentDialog):
    def __init__(self, user_state: UserState, conversation_data_accessor, classifier: TicketClassifier, snow: ServiceNowClient, llm=None, deployment: str = ""):
        super().__init__(TicketDialog.__name__)
        self.user_state = user_state
        self.conversation_data_accessor = conversation_data_accessor
        self.classifier = classifier
        self.snow = snow
        self.llm = llm
        self.deployment = deployment

        self.add_dialog(
            WaterfallDialog(
                WaterfallDialog.__name__,
                [
                    self.describe_step,
                    self.urgency_step,
                    self.confirm_step,
                    self.create_step,
                ],
            )
        )
        self.add_dialog(TextPrompt(TextPrompt.__name__))
        self.add_dialog(ChoicePrompt(ChoicePrompt.__name__))
        self.add_dialog(ConfirmPrompt(ConfirmPrompt.__name__))
        self.initial_dialog_id = WaterfallDialog.__name__

    async def describe_step(self, step_context: WaterfallStepContext) -> DialogTurnResult:
        return await step_context.prompt(
            TextPrompt.__name__,
            PromptOptions(prompt=MessageFactory.text("Briefly, what's the problem?")),
        )

    async def urgency_step(self, step_context: WaterfallStepContext) -> DialogTurnResult:
        step_context.values["description"] = step_context.result
        return await step_context.prompt(
            ChoicePrompt.__name__,
            PromptOptions(
                prompt=MessageFactory.text("How urgent is it?"),
                choices=[Choice(k) for k in URGENCY],
            ),
        )

    async def confirm_step(self, step_context: WaterfallStepContext) -> DialogTurnResult:
        step_context.values["urgency"] = URGENCY.get(step_context.result.value, 3)
        description = step_context.values["description"]
        title = await self._short_title(description)
        step_context.values["title"] = title
        return await step_context.prompt(
            ConfirmPrompt.__name__,
            PromptOptions(prompt=MessageFactory.text(f"Open a ticket titled **{title}**?")),
        )

    async def create_step(self, step_context: WaterfallStepContext) -> DialogTurnResult:
        if not step_context.result:
            await step_context.context.send_activity("OK, no ticket opened.")
            return await step_context.end_dialog()

        description = step_context.values["description"]
        convo: ConversationData = await self.conversation_data_accessor.get(step_context.context, ConversationData)
        classification = await self.classifier.classify(description)
        priority = await self.classifier.classify_priority(description, tenant_id=step_context.context.activity.conversation.tenant_id)
        summary = await summarize_conversation(convo.history)

        ticket = await self.snow.incidents.create(
            short_description=step_context.values["title"],
            description=f"{description}\n\n--- Bot summary ---\n{summary}",
            caller_id=step_context.context.activity.from_property.aad_object_id,
            category=classification["category"],
            urgency=step_context.values["urgency"],
        )
        ticket["category"] = classification["category"]
        ticket["priority"] = priority
        convo.last_ticket_id = ticket.get("sys_id")
        await step_context.context.send_activity(MessageFactory.attachment(ticket_card(ticket)))
        return await step_context.end_dialog(ticket)

    async def _short_title(self, description: str) -> str:
        if self.llm is None:
            return description[:80]
        resp = await self.llm.chat.completions.create(
            model=self.deployment,
            messages=[
                {"role": "system", "content": "Turn the user's IT problem into a ticket title of at most 10 words."},
                {"role": "user", "content": description},
            ],
            max_tokens=30,
        )
        return resp.choices[0].message.content.strip().strip('"')
