"""Sales email drafting tool."""
from __future__ import annotations

import gradio as gr

from common.auth import require_user
from common.multi_model_service import TaskComplexity, multi_model_service

from .contacts import completion, parse_choice
from .drafter import EmailDrafter, EmailRequest
from .history import drafts
from .personalize import research_prospect
from .subject_lines import suggest_subject_lines

TONES = ["friendly, direct", "formal", "playful", "very short"]
GOALS = ["book a 20-minute intro call", "re-engage after no reply",
         "invite to the webinar", "follow up after a demo"]

_drafter = None


def drafter() -> EmailDrafter:
    global _drafter
    if _drafter is None:
        _drafter = EmailDrafter()
    return _drafter


def on_search(query: str):
    return gr.update(choices=completion(prefix=query), value=None)


def on_research(choice: str):
    if not choice:
        raise gr.Error("Pick a prospect first.")
    return research_prospect(parse_choice(choice)["company"])


def on_draft(choice, title, context, goal, tone, request: gr.Request):
    sender = require_user(request)
    prospect = parse_choice(choice) if choice else {}
    req = EmailRequest(
        prospect_name=f"{prospect.get('firstname', '')} {prospect.get('lastname', '')}".strip(),
        prospect_title=title,
        company=prospect.get("company", ""),
        context=context,
        goal=goal,
        tone=tone,
        sender_name=sender.split("@")[0].replace(".", " ").title(),
    )
    yield from drafter().stream_draft(req)


def on_subjects(body: str):
    return gr.update(choices=suggest_subject_lines(body), value=None)


async def on_shorten(body: str, request: gr.Request):
    return await multi_model_service.generate_response(
        prompt=f"Shorten this email to under 80 words, keep the call to action:\n\n{body}",
        task_type="sales_email_shorten",
        complexity=TaskComplexity.SIMPLE,
        user_email=require_user(request),
    )


async def on_save(choice, subject, body, request: gr.Request):
    prospect = parse_choice(choice) if choice else {}
    draft = await drafts.create(
        author=require_user(request),
        prospect_email=prospect.get("email"),
        model=drafter().model,
        subject=subject,
        body=body,
    )
    gr.Info(f"Saved draft {draft.id[:8]}")


def build_app() -> gr.Blocks:
    with gr.Blocks(title="Sales email") as demo:
        gr.Markdown("# Sales email drafts")
        with gr.Row():
            with gr.Column(scale=1):
                search = gr.Textbox(label="Find prospect", placeholder="Type a name…")
                prospect = gr.Dropdown(label="Prospect", choices=[], allow_custom_value=True)
                title = gr.Textbox(label="Their title")
                research_btn = gr.Button("Research company")
                context = gr.Textbox(label="Context / notes", lines=6)
                goal = gr.Dropdown(GOALS, value=GOALS[0], label="Goal", allow_custom_value=True)
                tone = gr.Radio(TONES, value=TONES[0], label="Tone")
                draft_btn = gr.Button("Draft", variant="primary")
            with gr.Column(scale=2):
                body = gr.Textbox(label="Email", lines=14, show_copy_button=True)
                with gr.Row():
                    subj_btn = gr.Button("Subject lines")
                    shorten_btn = gr.Button("Shorten")
                    save_btn = gr.Button("Save")
                subject = gr.Radio(label="Subject", choices=[])

        search.change(on_search, inputs=search, outputs=prospect, trigger_mode="always_last")
        research_btn.click(on_research, inputs=prospect, outputs=context)
        draft_btn.click(on_draft, inputs=[prospect, title, context, goal, tone], outputs=body)
        subj_btn.click(on_subjects, inputs=body, outputs=subject)
        shorten_btn.click(on_shorten, inputs=body, outputs=body)
        save_btn.click(on_save, inputs=[prospect, subject, body])
    return demo
