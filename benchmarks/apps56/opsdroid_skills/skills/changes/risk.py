"""Change-risk review for deploys announced by Argo CD."""
import json
import logging

from skills.common.llm_usage_tracker import llm_tracker

_LOGGER = logging.getLogger(__name__)

RISK_SYSTEM = (
    "You review production changes. Given a diff summary and recent incidents, "
    'return JSON {"risk": "low|medium|high", "why": "...", "watch": ["metric", ...]}.'
)

RISK_TOOL = {
    "name": "report_risk",
    "description": "Report the risk assessment for a change",
    "input_schema": {
        "type": "object",
        "properties": {
            "risk": {"type": "string", "enum": ["low", "medium", "high"]},
            "why": {"type": "string"},
            "watch": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["risk", "why"],
    },
}


def _prompt(change, incidents):
    return json.dumps({"change": change, "recent_incidents": incidents[-10:]}, default=str)


async def assess_with_claude(clients, change, incidents, model="claude-sonnet-4-20250514"):
    response = await clients["anthropic"].messages.create(
        model=model,
        max_tokens=700,
        system=RISK_SYSTEM,
        tools=[RISK_TOOL],
        tool_choice={"type": "tool", "name": "report_risk"},
        messages=[{"role": "user", "content": _prompt(change, incidents)}],
    )
    for block in response.content:
        if block.type == "tool_use":
            return block.input
    return {"risk": "unknown", "why": "no tool output"}


async def assess_tracked(clients, change, incidents, model="gpt-4o-mini"):
    async with llm_tracker.track_llm_call(
        provider="openai", model=model, feature_context="change_risk"
    ) as usage_log:
        response = await clients["openai"].chat.completions.create(
            model=model,
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": RISK_SYSTEM},
                {"role": "user", "content": _prompt(change, incidents)},
            ],
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return json.loads(response.choices[0].message.content)


def assess_on_bedrock(clients, change, incidents):
    """Sync; the EU clusters must stay on Bedrock (data residency)."""
    resp = clients["bedrock"].converse(
        modelId="anthropic.claude-3-5-sonnet-20240620-v1:0",
        system=[{"text": RISK_SYSTEM}],
        messages=[{"role": "user", "content": [{"text": _prompt(change, incidents)}]}],
        inferenceConfig={"maxTokens": 600},
    )
    text = resp["output"]["message"]["content"][0]["text"]
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return {"risk": "unknown", "why": text[:300]}
