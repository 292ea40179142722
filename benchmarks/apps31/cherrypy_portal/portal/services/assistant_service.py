"""The portal AI assistant: conversation state lives in cherrypy.session."""
import json
import logging

import cherrypy

from portal.services.multi_model_service import TaskComplexity, multi_model_service
from portal.utils import prompts
from portal.utils import run_sync

log = logging.getLogger("portal.assistant")

MAX_HISTORY = 12


class AssistantService:
    """Wraps the anthropic client the engine plugin handed us."""

    def __init__(self, client, model, fallback=None):
        self.client = client
        self.model = model
        self.fallback = fallback

    def _history(self):
        history = cherrypy.session.get("assistant_history")
        if history is None:
            history = []
            cherrypy.session["assistant_history"] = history
        return history

    def reply(self, customer, message):
        history = self._history()
        history.append({"role": "user", "content": message})
        try:
            result = self.client.messages.create(
                model=self.model,
                max_tokens=1024,
                system=prompts.assistant_system_prompt(customer),
                messages=history[-MAX_HISTORY:],
            )
            text = result.content[0].text
        except Exception:
            log.exception("anthropic failed, trying fallback")
            if self.fallback is None:
                raise
            text = self.fallback.quick_answer(message)
        history.append({"role": "assistant", "content": text})
        cherrypy.session["assistant_history"] = history[-MAX_HISTORY:]
        return text

    def stream_reply(self, customer, message):
        history = self._history() + [{"role": "user", "content": message}]
        with self.client.messages.stream(
            model=self.model,
            max_tokens=1024,
            system=prompts.assistant_system_prompt(customer),
            messages=history[-MAX_HISTORY:],
        ) as stream:
            for text in stream.text_stream:
                yield text

    def count_prompt_tokens(self, customer, message):
        # Free endpoint, used by the UI to warn about long pastes.
        return self.client.messages.count_tokens(
            model=self.model,
            system=prompts.assistant_system_prompt(customer),
            messages=[{"role": "user", "content": message}],
        ).input_tokens

    def suggest_followups(self, transcript):
        return run_sync(
            multi_model_service.generate_response(
                prompt=prompts.followup_prompt(transcript),
                task_type="assistant_followups",
                complexity=TaskComplexity.SIMPLE,
            )
        )


class QuickAnswerer:
    """Cheap fallback on Groq for when Claude is down."""

    def __init__(self, groq_client, model="llama-3.1-8b-instant"):
        self._groq = groq_client
        self._model = model

    def quick_answer(self, message):
        completion = self._groq.chat.completions.create(
            model=self._model,
            messages=[
                {"role": "system", "content": prompts.SHORT_ANSWER_SYSTEM},
                {"role": "user", "content": message},
            ],
            temperature=0.2,
        )
        return completion.choices[0].message.content


INVOICE_TOOLS = [
    {
        "type": "function",
        "name": "list_invoices",
        "description": "List the customer's invoices with amounts and status.",
        "parameters": {"type": "object", "properties": {}, "required": []},
    },
    {
        "type": "function",
        "name": "get_plan",
        "description": "Return the customer's current subscription plan.",
        "parameters": {"type": "object", "properties": {}, "required": []},
    },
]


class InvoiceAgent:
    """Tool-calling agent on the OpenAI Responses API for billing questions.

    The client is whatever the request tool attached (OpenAI or Azure OpenAI).
    """

    def __init__(self, openai_client, billing, customer, model="gpt-4o-mini", max_turns=4):
        self.openai = openai_client
        self.billing = billing
        self.customer = customer
        self.model = model
        self.max_turns = max_turns

    def _run_tool(self, name):
        if name == "list_invoices":
            return json.dumps([
                {"id": inv.id, "amount_cents": inv.amount_cents, "remote_id": inv.remote_id}
                for inv in self.billing.invoices(self.customer.id)
            ])
        if name == "get_plan":
            return json.dumps({"plan": self.customer.plan})
        return json.dumps({"error": "unknown tool %s" % name})

    def answer(self, question):
        inputs = [{"role": "user", "content": question}]
        for _ in range(self.max_turns):
            response = self.openai.responses.create(
                model=self.model,
                instructions=prompts.assistant_system_prompt(self.customer),
                input=inputs,
                tools=INVOICE_TOOLS,
            )
            calls = [item for item in response.output if item.type == "function_call"]
            if not calls:
                return response.output_text
            inputs.extend(response.output)
            for call in calls:
                inputs.append({
                    "type": "function_call_output",
                    "call_id": call.call_id,
                    "output": self._run_tool(call.name),
                })
        log.warning("invoice agent hit max turns for customer %s", self.customer.id)
        return "I couldn't finish looking that up - please open a billing ticket."
