"""Meeting notes summariser."""
from __future__ import annotations

from pathlib import Path

import gradio as gr

from common.auth import require_user

from .action_items import as_rows
from .chat import stream_answer
from .followups import draft_followup, translate_followup
from .jobs import JobState, runner


def on_upload(audio_path, title, request: gr.Request):
    if not audio_path:
        raise gr.Error("Upload a recording first.")
    owner = require_user(request)
    job = runner.submit(audio_path, owner=owner, title=title or Path(audio_path).stem)
    return job.id, f"Queued ({job.id})"


def on_poll(job_id):
    if not job_id:
        return gr.skip(), gr.skip(), gr.skip(), gr.skip()
    job = runner.get(job_id)
    if job is None:
        return "Unknown job", "", [], ""
    if job.state == JobState.FAILED:
        return f"Failed: {job.error}", "", [], ""
    if job.state != JobState.DONE:
        return f"{job.state.value.capitalize()}…", "", [], ""
    return "Done", job.notes, as_rows(job.action_items), job.transcript


async def on_followup(notes, request: gr.Request):
    return await draft_followup(notes, user_email=require_user(request))


async def on_translate(body, language):
    return await translate_followup(body, language)


def on_chat(question, history, transcript):
    history = (history or []) + [{"role": "user", "content": question}]
    prior = history[:-1]
    history.append({"role": "assistant", "content": ""})
    for partial in stream_answer(transcript, question, prior):
        history[-1]["content"] = partial
        yield history, ""


def build_app() -> gr.Blocks:
    with gr.Blocks(title="Meeting notes") as demo:
        gr.Markdown("# Meeting notes\nUpload a recording (mp3, m4a, wav). Up to 2 hours.")
        job_id = gr.State("")
        with gr.Row():
            audio = gr.Audio(type="filepath", sources=["upload"], label="Recording")
            with gr.Column():
                title = gr.Textbox(label="Meeting title")
                go = gr.Button("Process", variant="primary")
                status = gr.Markdown()
        with gr.Tab("Notes"):
            notes = gr.Markdown()
            items = gr.Dataframe(headers=["owner", "task", "due"], label="Action items")
            with gr.Row():
                followup_btn = gr.Button("Draft follow-up email")
                language = gr.Dropdown(["German", "French", "Spanish", "Japanese"],
                                       label="Translate to")
                translate_btn = gr.Button("Translate")
            followup = gr.Textbox(lines=12, label="Follow-up", show_copy_button=True)
        with gr.Tab("Transcript"):
            transcript = gr.Textbox(lines=25, show_copy_button=True)
        with gr.Tab("Ask"):
            chat = gr.Chatbot(type="messages")
            question = gr.Textbox(placeholder="What did we agree on pricing?")

        go.click(on_upload, inputs=[audio, title], outputs=[job_id, status])
        timer = gr.Timer(3)
        timer.tick(on_poll, inputs=job_id, outputs=[status, notes, items, transcript])
        followup_btn.click(on_followup, inputs=notes, outputs=followup)
        translate_btn.click(on_translate, inputs=[followup, language], outputs=followup)
        question.submit(on_chat, inputs=[question, chat, transcript], outputs=[chat, question])
    return demo
