# -*- coding: utf-8 -*-
"""Lead scoring on Azure OpenAI (the customer's data must stay in the EU tenant)."""
import json
import logging
import os

from openai import AzureOpenAI

from odoo.addons.ai_base.services import get_azure_client

_logger = logging.getLogger(__name__)

SCORING_PROMPT = (
    "Score this B2B lead from 0 to 100 for likelihood to buy an ERP implementation "
    "in the next 6 months. Answer as JSON: {\"score\": int, \"reason\": str}."
)


class LeadScorer:
    """Wraps the Azure deployment. ``generate`` builds the feature text, ``score`` calls the model."""

    def __init__(self, endpoint, api_key, deployment):
        self._client = get_azure_client(endpoint, api_key)
        self.deployment = deployment

    @classmethod
    def from_env(cls, env):
        icp = env["ir.config_parameter"].sudo()
        return cls(
            icp.get_param("ai_base.azure_endpoint"),
            icp.get_param("ai_base.azure_api_key"),
            icp.get_param("ai_base.azure_deployment", "gpt-4o-mini"),
        )

    @staticmethod
    def generate(lead_vals):
        """Build the textual features for a lead (no LLM involved)."""
        keys = ("partner_name", "contact_name", "function", "website", "description", "country", "expected_revenue")
        return "\n".join("%s: %s" % (k, lead_vals.get(k)) for k in keys if lead_vals.get(k))

    def score(self, lead_vals):
        completion = self._client.chat.completions.create(
            model=self.deployment,
            messages=[
                {"role": "system", "content": SCORING_PROMPT},
                {"role": "user", "content": self.generate(lead_vals)},
            ],
            response_format={"type": "json_object"},
            temperature=0,
        )
        try:
            data = json.loads(completion.choices[0].message.content)
            return max(0, min(100, int(data.get("score", 0)))), data.get("reason", "")
        except (ValueError, TypeError):
            _logger.warning("Unparsable scoring answer: %s", completion.choices[0].message.content)
            return 0, ""


def legacy_score(text):
    """v16 implementation, still used by the 'Rescore (legacy)' server action."""
    client = AzureOpenAI(
        azure_endpoint=os.environ.get("AZURE_OPENAI_ENDPOINT"),
        api_key=os.environ.get("AZURE_OPENAI_API_KEY"),
        api_version="2024-02-01",
    )
    out = client.chat.completions.create(
        model=os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-35-turbo"),
        messages=[{"role": "system", "content": SCORING_PROMPT}, {"role": "user", "content": text}],
    )
    return out.choices[0].message.content
