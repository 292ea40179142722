"""Billing and plan actions."""
from __future__ import annotations

import json
import logging
import os
from typing import List, Optional, Text

from huggingface_hub import AsyncInferenceClient
from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.constants import SLOT_ACCOUNT_ID, SLOT_PLAN
from actions.utils import latest_text, tenant_of
from connectors.billing import BillingAPI, Plan
from llm import provider
from llm.prompts import PLAN_RECOMMENDATION
from llm.registry import get_completion_fn
from services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

PLAN_RECO_MODEL = os.getenv("PLAN_RECO_MODEL", "mistral-small")

_billing: Optional[BillingAPI] = None


def billing() -> BillingAPI:
    global _billing
    if _billing is None:
        _billing = BillingAPI()
    return _billing


def _plans_table(plans: List[Plan]) -> str:
    return "\n".join(
        f"- {p.code}: {p.name}, EUR {p.monthly_eur}/month, {p.data_gb} GB, {p.minutes} min, "
        f"roaming={'yes' if p.roaming else 'no'}"
        for p in plans
    )


class ActionCheckBalance(Action):
    def name(self) -> Text:
        return "action_check_balance"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        account_id = tracker.get_slot(SLOT_ACCOUNT_ID)
        if not account_id:
            dispatcher.utter_message(response="utter_need_login")
            return []
        amount = billing().balance(account_id)
        dispatcher.utter_message(response="utter_balance", amount=f"{amount:.2f}")
        return []


class ActionSendInvoice(Action):
    def name(self) -> Text:
        return "action_send_invoice"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        account_id = tracker.get_slot(SLOT_ACCOUNT_ID)
        period = tracker.get_slot("invoice_period") or "latest"
        url = billing().invoices.generate(account_id, period)
        dispatcher.utter_message(response="utter_invoice_link", url=url)
        return []


class ActionRecommendPlan(Action):
    def name(self) -> Text:
        return "action_recommend_plan"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        account_id = tracker.get_slot(SLOT_ACCOUNT_ID)
        if not account_id:
            dispatcher.utter_message(response="utter_need_login")
            return []
        api = billing()
        usage = api.usage(account_id)
        plans = api.plans()
        prompt = PLAN_RECOMMENDATION.substitute(
            usage=json.dumps(usage), current=tracker.get_slot("current_plan") or "unknown", plans=_plans_table(plans)
        )
        complete = get_completion_fn(PLAN_RECO_MODEL)
        text = complete([{"role": "user", "content": prompt}])
        dispatcher.utter_message(text=text)
        return [SlotSet("plan_reco_model", PLAN_RECO_MODEL)]


class ActionExplainBill(Action):
    """Explains the line items of the last bill in plain language. Tracked (finops asked)."""

    def name(self) -> Text:
        return "action_explain_bill"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        account_id = tracker.get_slot(SLOT_ACCOUNT_ID)
        if not account_id:
            dispatcher.utter_message(response="utter_need_login")
            return []
        usage = billing().usage(account_id, months=1)
        model = provider.model("openai")
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context="explain_bill", tenant=tenant_of(tracker)
        ) as usage_log:
            resp = provider.openai.chat.completions.create(
                model=model,
                messages=[
                    {"role": "system", "content": "Explain this phone bill's line items in plain language, max 5 bullets."},
                    {"role": "user", "content": json.dumps(usage)},
                ],
                max_tokens=300,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        dispatcher.utter_message(text=resp.choices[0].message.content)
        return []


class ActionMatchPlanName(Action):
    """Maps a free-text plan name ("the 20 gig one") to a catalogue code.

    Experimental (Ivo): open-weights model on HF inference endpoints.
    """

    def name(self) -> Text:
        return "action_match_plan_name"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        plans = billing().plans()
        client = AsyncInferenceClient(model="Qwen/Qwen2.5-7B-Instruct", token=os.getenv("HF_TOKEN"))
        out = await client.chat_completion(
            messages=[
                {
                    "role": "system",
                    "content": "Reply with the plan code that matches the customer's description, or NONE.\n"
                    + _plans_table(plans),
                },
                {"role": "user", "content": latest_text(tracker)},
            ],
            max_tokens=12,
            temperature=0,
        )
        code = out.choices[0].message.content.strip().split()[0] if out.choices else "NONE"
        if code not in {p.code for p in plans}:
            dispatcher.utter_message(response="utter_plan_not_found")
            return [SlotSet(SLOT_PLAN, None)]
        return [SlotSet(SLOT_PLAN, code)]
