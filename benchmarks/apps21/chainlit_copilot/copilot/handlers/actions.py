"""Action buttons attached to messages."""
from __future__ import annotations

import logging

import chainlit as cl

from copilot import session
from copilot.providers import get_anthropic, get_bedrock
from copilot.services import TaskComplexity, multi_model_service
from copilot.tools import (
    PolicyNote,
    UnderwritingAdvisor,
    calculate_quote,
    draft_email,
    explain_quote,
    summarize_claim,
)

log = logging.getLogger(__name__)


@cl.action_callback("summarize_claim")
async def on_summarize_claim(action: cl.Action) -> None:
    claim_id = action.payload["claim_id"]
    async with cl.Step(name=f"Summarize {claim_id}", type="tool"):
        summary = await summarize_claim(claim_id, cl.user_session.get("policy_admin"), get_anthropic())
    await cl.Message(
        content=summary,
        actions=[cl.Action(name="save_note", payload={"body": summary}, label="Save as policy note")],
    ).send()


@cl.action_callback("save_note")
async def on_save_note(action: cl.Action) -> None:
    policy = session.get_active_policy()
    if not policy:
        await cl.Message(content="Open a policy first.").send()
        return
    agent = cl.user_session.get(session.AGENT_KEY) or {}
    note = PolicyNote.create(author=agent.get("name", "copilot"), body=action.payload["body"])
    await cl.user_session.get("policy_admin").add_note(policy["number"], note)
    await action.remove()
    await cl.Message(content="Saved to the policy file.").send()


@cl.action_callback("draft_email")
async def on_draft_email(action: cl.Action) -> None:
    policy = session.get_active_policy() or {}
    res = await cl.AskUserMessage(content="What is the email about?", timeout=120).send()
    if not res:
        return
    agent = cl.user_session.get(session.AGENT_KEY) or {}
    facts = [f"Policy {policy.get('number')}", f"Renewal date {policy.get('expiration')}"]
    draft = await draft_email(agent.get("name", "Your agent"), policy.get("insured", {}).get("name", "there"), res["output"], facts)
    await cl.Message(content=f"```\n{draft}\n```").send()


@cl.action_callback("underwriting_check")
async def on_underwriting_check(action: cl.Action) -> None:
    policy = session.get_active_policy()
    if not policy:
        return
    advisor = UnderwritingAdvisor(get_bedrock())
    risk = {k: policy.get(k) for k in ("line", "risk_address", "construction", "year_built", "prior_losses")}
    result = await cl.make_async(advisor.check)(risk)
    badge = "Needs referral" if result["needs_referral"] else "Within guidelines"
    await cl.Message(content=f"**{badge}**\n\n{result['advice']}").send()


@cl.action_callback("quote_helper")
async def on_quote_helper(action: cl.Action) -> None:
    res = await cl.AskActionMessage(
        content="Which line?",
        actions=[cl.Action(name=line, payload={"line": line}, label=line.title()) for line in ("auto", "homeowners", "renters")],
    ).send()
    if not res:
        return
    breakdown = calculate_quote(res["payload"]["line"], "suburban", prior_claims=0, multi_policy=True)
    explanation = await explain_quote(breakdown)
    await cl.Message(content=f"Indicative premium **${breakdown.total:,.2f}**\n\n{explanation}").send()


@cl.action_callback("open_policy")
async def on_open_policy(action: cl.Action) -> None:
    res = await cl.AskUserMessage(content="Policy number?", timeout=90).send()
    if res:
        await cl.Message(content=f"Type `/policy {res['output'].strip()}`").send()


@cl.action_callback("coverage_faq")
async def on_coverage_faq(action: cl.Action) -> None:
    answer = await multi_model_service.generate_response(
        prompt=f"Give agents a 3-bullet FAQ for the {action.payload['coverage']} coverage.",
        task_type="coverage_faq",
        complexity=TaskComplexity.STANDARD,
        session_id=session.session_id(),
    )
    await cl.Message(content=answer).send()
