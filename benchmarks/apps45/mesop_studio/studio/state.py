"""Mesop state classes shared by the pages."""

from __future__ import annotations

from dataclasses import field

import mesop as me


@me.stateclass
class ChatMessage:
    role: str = "user"
    content: str = ""
    model: str = ""
    in_progress: bool = False


@me.stateclass
class PlaygroundState:
    backend_key: str = "openai:gpt-4o-mini"
    system_prompt: str = "You are a helpful assistant."
    prompt: str = ""
    temperature: float = 0.7
    max_tokens: int = 1024
    messages: list[ChatMessage] = field(default_factory=list)
    in_progress: bool = False
    error: str = ""
    last_cost: float = 0.0
    token_estimate: int = 0
    use_tracked_service: bool = False


@me.stateclass
class CompareState:
    left_key: str = "openai:gpt-4o-mini"
    right_key: str = "anthropic:claude-3-5-haiku-latest"
    prompt: str = ""
    left_output: str = ""
    right_output: str = ""
    judge_verdict: str = ""
    running: bool = False


@me.stateclass
class SummaryState:
    document_name: str = ""
    document_text: str = ""
    mode: str = "map_reduce"
    backend_key: str = "anthropic:claude-3-5-haiku-latest"
    summary: str = ""
    outline: str = ""
    question: str = ""
    answer: str = ""
    progress: str = ""
    chunks_done: int = 0
    chunks_total: int = 0
    flagged: bool = False
    uploaded_file_id: str = ""


@me.stateclass
class ImageState:
    prompt: str = ""
    size: str = "1024x1024"
    image_url: str = ""
    busy: bool = False


@me.stateclass
class SettingsState:
    default_backend: str = "openai:gpt-4o-mini"
    available_models: list[str] = field(default_factory=list)
    status: str = ""
