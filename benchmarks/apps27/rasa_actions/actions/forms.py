"""Form validation actions."""
from __future__ import annotations

import logging
import os
from typing import Any, Dict, Optional, Text

from openai import OpenAI
from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.constants import SLOT_ADDRESS, SLOT_DEVICE, SLOT_ISSUE, SLOT_ISSUE_CATEGORY, SLOT_MSISDN
from actions.utils import normalise_msisdn, parse_json_reply
from llm import get_mistral_client, get_ollama_client, get_settings
from llm.prompts import DEVICE_EXTRACTION, ISSUE_CLASSIFIER

logger = logging.getLogger(__name__)

KNOWN_BRANDS = {"apple", "samsung", "google", "xiaomi", "oppo", "motorola", "nokia", "huawei", "fritzbox", "tp-link"}
ISSUE_CATEGORIES = {
    "no_signal", "slow_data", "no_calls", "sms_issue", "roaming", "wifi_router", "billing_not_technical", "other",
}

# address normalisation was added by the field-service team; they own this key
_address_client = OpenAI(api_key=os.getenv("FIELD_SERVICE_OPENAI_KEY"), timeout=10)


class ValidateSimSwapForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_sim_swap_form"

    def validate_phone_number(
        self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        msisdn = normalise_msisdn(str(slot_value or ""))
        if not msisdn:
            dispatcher.utter_message(response="utter_invalid_phone_number")
            return {SLOT_MSISDN: None}
        return {SLOT_MSISDN: msisdn}

    def validate_id_last_digits(
        self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        value = str(slot_value or "").strip()
        if len(value) == 4 and value.isdigit():
            return {"id_last_digits": value}
        dispatcher.utter_message(response="utter_invalid_id_digits")
        return {"id_last_digits": None}

    def validate_sim_type(
        self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        value = str(slot_value or "").lower()
        if "esim" in value or "e-sim" in value:
            return {"sim_type": "esim"}
        if value in {"physical", "plastic", "nano", "sim", "physical sim"}:
            return {"sim_type": "physical"}
        dispatcher.utter_message(response="utter_ask_sim_type")
        return {"sim_type": None}


class ValidateTroubleshootForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_troubleshoot_form"

    def validate_device_model(
        self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        text = str(slot_value or tracker.latest_message.get("text") or "")
        if not text.strip():
            return {SLOT_DEVICE: None}
        quick = _quick_device_match(text)
        if quick:
            return {SLOT_DEVICE: quick}

        # entity extraction misses a lot of model names ("my s23", "the white fritz box"),
        # so ask the local llama; it runs next to the action server
        resp = get_ollama_client().chat(
            model=get_settings().model_for("ollama"),
            messages=[
                {"role": "system", "content": DEVICE_EXTRACTION},
                {"role": "user", "content": text},
            ],
            format="json",
            options={"temperature": 0},
        )
        data = parse_json_reply(resp["message"]["content"])
        brand, model = data.get("brand"), data.get("model")
        if not model:
            dispatcher.utter_message(response="utter_ask_device_model_again")
            return {SLOT_DEVICE: None}
        return {SLOT_DEVICE: " ".join(x for x in (brand, model) if x)}

    async def validate_issue_description(
        self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        text = str(slot_value or "").strip()
        if len(text) < 8:
            dispatcher.utter_message(response="utter_ask_issue_more_detail")
            return {SLOT_ISSUE: None}

        res = await get_mistral_client().chat.complete_async(
            model=get_settings().model_for("mistral"),
            messages=[
                {"role": "system", "content": ISSUE_CLASSIFIER},
                {"role": "user", "content": text},
            ],
            response_format={"type": "json_object"},
            temperature=0,
        )
        data = parse_json_reply(res.choices[0].message.content)
        category = data.get("category")
        if category not in ISSUE_CATEGORIES:
            category = "other"
        if category == "billing_not_technical":
            dispatcher.utter_message(response="utter_redirect_billing")
        return {SLOT_ISSUE: text, SLOT_ISSUE_CATEGORY: category}


class ValidateTechnicianVisitForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_technician_visit_form"

    def validate_service_address(
        self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        raw = str(slot_value or "").strip()
        if not raw:
            return {SLOT_ADDRESS: None}
        normalised = _normalise_address(raw)
        if normalised is None:
            dispatcher.utter_message(response="utter_invalid_address")
            return {SLOT_ADDRESS: None}
        dispatcher.utter_message(response="utter_confirm_address", address=normalised)
        return {SLOT_ADDRESS: normalised}

    def validate_visit_date(
        self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        # duckling gives us an ISO timestamp; weekends are not bookable
        from datetime import datetime

        try:
            when = datetime.fromisoformat(str(slot_value)[:19])
        except ValueError:
            dispatcher.utter_message(response="utter_invalid_date")
            return {"visit_date": None}
        if when.weekday() >= 5:
            dispatcher.utter_message(response="utter_no_weekend_visits")
            return {"visit_date": None}
        return {"visit_date": when.date().isoformat()}


def _quick_device_match(text: str) -> Optional[str]:
    lowered = text.lower()
    for brand in KNOWN_BRANDS:
        if brand in lowered:
            idx = lowered.index(brand)
            return text[idx : idx + 30].strip()
    return None


def _normalise_address(raw: str) -> Optional[str]:
    resp = _address_client.chat.completions.create(
        model="gpt-4o-mini",
        temperature=0,
        messages=[
            {
                "role": "system",
                "content": "Normalise this postal address to 'Street Number, Postcode City'. "
                "If it is not a plausible address, reply INVALID.",
            },
            {"role": "user", "content": raw},
        ],
    )
    out = (resp.choices[0].message.content or "").strip()
    return None if not out or out.upper() == "INVALID" else out
