"""Root dialog used by DialogBot: route to KB search or ticket creation."""

from botbuilder.core import MessageFactory
from botbuilder.dialogs import ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext
from botbuilder.dialogs.prompts import PromptOptions, TextPrompt

from dialogs.kb_dialog import KbSearchDialog
from dialogs.ticket_dialog import TicketDialog
from services.clients import get_mistral, get_settings

INTENT_PROMPT = "Label the message as 'ticket' (user wants to report/open an issue) or 'question'. One word only.\n\n{text}"


class MainDialog(ComponentDialog):
    def __init__(self, kb_dialog: KbSearchDialog, ticket_dialog: TicketDialog):
        super().__init__(MainDialog.__name__)
        self.add_dialog(TextPrompt(TextPrompt.__name__))
        self.add_dialog(kb_dialog)
        self.add_dialog(ticket_dialog)
        self.add_dialog(WaterfallDialog("main", [self.intro_step, self.route_step, self.final_step]))
        self.initial_dialog_id = "main"
        self._kb_id = kb_dialog.id
        self._ticket_id = ticket_dialog.id

    async def intro_step(self, step: WaterfallStepContext) -> DialogTurnResult:
        if step.context.activity.text:
            return await step.next(step.context.activity.text)
        return await step.prompt(TextPrompt.__name__, PromptOptions(prompt=MessageFactory.text("How can IT help?")))

    async def route_step(self, step: WaterfallStepContext) -> DialogTurnResult:
        text = step.result
        intent = await self._intent(text)
        if intent == "ticket":
            return await step.begin_dialog(self._ticket_id)
        return await step.begin_dialog(self._kb_id, text)

    async def final_step(self, step: WaterfallStepContext) -> DialogTurnResult:
        return await step.replace_dialog(self.initial_dialog_id)

    async def _intent(self, text: str) -> str:
        client = get_mistral()
        resp = await client.chat.complete_async(
            model=get_settings().mistral_model,
            messages=[{"role": "user", "content": INTENT_PROMPT.format(text=text)}],
            max_tokens=3,
            temperature=0,
        )
        label = (resp.choices[0].message.content or "").strip().lower()
        return "ticket" if label.startswith("ticket") else "question"
