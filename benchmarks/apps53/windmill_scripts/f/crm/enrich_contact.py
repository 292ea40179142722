# requirements:
# openai>=1.66
# httpx
import json
from typing import Optional

import httpx
from openai import OpenAI

from f.common.hubspot import HubSpot, is_business_email
from f.common.llm import openai_from_resource
from f.common.prompts import ENRICH_SYSTEM
from f.common.resources import hubspot, openai


class ContactEnricher:
    """Pulls the company website and asks the model for firmographics."""

    def __init__(self, client: OpenAI, crm: HubSpot, model: str = "gpt-4o-mini"):
        self.client = client
        self.crm = crm
        self.model = model

    def website_text(self, domain: str) -> str:
        try:
            r = httpx.get(f"https://{domain}", timeout=15, follow_redirects=True)
            return r.text[:8000]
        except httpx.HTTPError:
            return ""

    def infer(self, contact: dict) -> dict:
        props = contact.get("properties", {})
        domain = (props.get("email") or "").split("@")[-1]
        payload = {
            "name": f"{props.get('firstname', '')} {props.get('lastname', '')}".strip(),
            "jobtitle": props.get("jobtitle"),
            "company": props.get("company"),
            "website_excerpt": self.website_text(domain) if domain else "",
        }
        try:
            response = self.client.responses.create(
                model=self.model,
                instructions=ENRICH_SYSTEM,
                input=json.dumps(payload),
                text={"format": {"type": "json_object"}},
            )
            return json.loads(response.output_text)
        except json.JSONDecodeError:
            # older fine-tunes sometimes wrap JSON in prose; retry on chat with json mode
            completion = self.client.chat.completions.create(
                model=self.model,
                response_format={"type": "json_object"},
                messages=[
                    {"role": "system", "content": ENRICH_SYSTEM},
                    {"role": "user", "content": json.dumps(payload)},
                ],
            )
            return json.loads(completion.choices[0].message.content)

    def enrich(self, contact_id: str) -> dict:
        contact = self.crm.contacts.get(contact_id, ["email", "firstname", "lastname",
                                                     "jobtitle", "company"])
        if not is_business_email(contact.get("properties", {}).get("email")):
            return {"skipped": "free-mail address"}
        data = self.infer(contact)
        updates = {
            "industry": data.get("industry"),
            "ai_employee_range": data.get("employee_range"),
            "country": data.get("hq_country"),
            "ai_summary": data.get("summary"),
        }
        self.crm.contacts.update(contact_id, {k: v for k, v in updates.items() if v})
        return data


def main(contact_id: str, openai_res: openai, crm: hubspot, model: Optional[str] = None):
    enricher = ContactEnricher(openai_from_resource(openai_res), HubSpot(crm["token"]),
                               model=model or "gpt-4o-mini")
    try:
        return enricher.enrich(contact_id)
    finally:
        enricher.crm.close()
