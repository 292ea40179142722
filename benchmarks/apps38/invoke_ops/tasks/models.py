"""Inspect what models are available to us (no generation)."""
from __future__ import annotations

from invoke import task

from opslib import get_anthropic, get_cohere, get_openai
from opslib.images import banner_model_info


@task
def list_openai(c, prefix="gpt"):
    for m in get_openai().models.list():
        if m.id.startswith(prefix):
            print(m.id)


@task
def list_anthropic(c):
    for m in get_anthropic().models.list(limit=50):
        print(m.id, m.display_name)


@task
def list_cohere(c, endpoint="chat"):
    resp = get_cohere().models.list(endpoint=endpoint)
    for m in resp.models:
        print(m.name)


@task
def banner_model(c, model=None):
    model = model or c.config.llm.replicate_banner_model
    print(banner_model_info(model))


@task
def upload_finetune_data(c, path):
    """Upload a JSONL file for the triage fine-tune (upload only)."""
    with open(path, "rb") as fh:
        f = get_openai().files.create(file=fh, purpose="fine-tune")
    print(f.id)
