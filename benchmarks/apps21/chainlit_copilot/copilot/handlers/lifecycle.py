from __future__ import annotations

import logging
from typing import Optional

import chainlit as cl
from chainlit.input_widget import Select, Slider, Switch

from copilot.config import settings
from copilot.providers import PROFILES, enabled_profiles
from copilot.session import AGENT_KEY, init_session
from copilot.tools import PolicyAdminClient

log = logging.getLogger(__name__)


@cl.set_chat_profiles
async def chat_profiles(current_user: Optional[cl.User] = None) -> list[cl.ChatProfile]:
    role = (current_user.metadata or {}).get("role") if current_user else None
    profiles = enabled_profiles()
    if role != "power_user":
        profiles = [p for p in profiles if p.name not in ("OpenRouter", "Cerebras")]
    return [
        cl.ChatProfile(
            name=p.name,
            markdown_description=p.description,
            icon=p.icon,
            default=(p.name == "Claude"),
        )
        for p in profiles
    ]


def settings_widgets(profile_name: str) -> list:
    spec = PROFILES.get(profile_name) or PROFILES["Claude"]
    return [
        Select(id="model", label="Model", values=list(spec.models), initial_index=0),
        Slider(
            id="temperature",
            label="Temperature",
            initial=settings.default_temperature,
            min=0,
            max=1,
            step=0.1,
        ),
        Switch(id="use_manuals", label="Search underwriting manuals", initial=True),
        Switch(id="use_tools", label="Let the copilot look up policies", initial=True),
    ]


@cl.password_auth_callback
def auth_callback(username: str, password: str) -> Optional[cl.User]:
    # real auth is SSO in front of the app; this is only for the dev stack
    if settings.env == "dev" and password == "dev":
        return cl.User(identifier=username, metadata={"role": "power_user", "agency": "DEV-001"})
    return None


@cl.on_chat_start
async def on_chat_start() -> None:
    profile = cl.user_session.get("chat_profile") or "Claude"
    chat_settings = await cl.ChatSettings(settings_widgets(profile)).send()
    backend = init_session(profile, chat_settings)
    cl.user_session.set("policy_admin", PolicyAdminClient())
    user = cl.user_session.get("user")
    cl.user_session.set(AGENT_KEY, {"name": user.identifier if user else "agent"})
    log.info("chat start profile=%s model=%s", profile, backend.model)
    await cl.Message(
        content=f"Hi! I'm Harbor Copilot ({backend.name}). Open a policy with `/policy <number>` or just ask.",
        actions=[
            cl.Action(name="open_policy", payload={}, label="Open a policy"),
            cl.Action(name="quote_helper", payload={}, label="Indicative quote"),
        ],
    ).send()


@cl.on_settings_update
async def on_settings_update(new_settings: dict) -> None:
    profile = cl.user_session.get("chat_profile") or "Claude"
    backend = init_session(profile, new_settings)
    await cl.Message(content=f"Switched to `{backend.model}`.", author="system").send()


@cl.on_chat_resume
async def on_chat_resume(thread: dict) -> None:
    profile = cl.user_session.get("chat_profile") or "Claude"
    init_session(profile, {})
    cl.user_session.set("policy_admin", PolicyAdminClient())


@cl.on_chat_end
async def on_chat_end() -> None:
    admin: Optional[PolicyAdminClient] = cl.user_session.get("policy_admin")
    if admin is not None:
        await admin.aclose()
