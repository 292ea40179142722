# requirements:
# anthropic
import datetime as dt
import json

import wmill

from f.common.hubspot import HubSpot
from f.common.llm import get_anthropic_client, first_text

RECORD_TOOL = {
    "name": "record_company_profile",
    "description": "Store the structured company profile.",
    "input_schema": {
        "type": "object",
        "properties": {
            "industry": {"type": "string"},
            "employee_range": {"type": "string", "enum": ["1-10", "11-50", "51-200",
                                                           "201-1000", "1000+"]},
            "hq_country": {"type": "string"},
            "icp_fit": {"type": "integer", "minimum": 1, "maximum": 5},
            "summary": {"type": "string"},
        },
        "required": ["industry", "icp_fit", "summary"],
    },
}


def main(company_id: str, extra_notes: str = ""):
    crm = HubSpot(wmill.get_resource("f/crm/hubspot")["token"])
    company = crm.companies.get(company_id, ["name", "domain", "description", "industry"])
    props = company["properties"]

    anthropic_client = get_anthropic_client()
    msg = anthropic_client.messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=800,
        tools=[RECORD_TOOL],
        tool_choice={"type": "tool", "name": "record_company_profile"},
        messages=[{
            "role": "user",
            "content": f"Company: {json.dumps(props)}\nNotes: {extra_notes}",
        }],
    )
    profile = next((b.input for b in msg.content if b.type == "tool_use"), None)
    if profile is None:
        return {"error": "model did not call the tool", "text": first_text(msg)}

    crm.companies.update(company_id, {
        "ai_icp_fit": profile["icp_fit"],
        "ai_summary": profile["summary"],
        "industry": props.get("industry") or profile["industry"],
    })
    # note is a HubSpot object, .create() here is the CRM API
    crm.notes.create({"hs_note_body": f"AI profile: {profile['summary']}",
                      "hs_timestamp": dt.datetime.now(dt.timezone.utc).isoformat()})
    return profile
