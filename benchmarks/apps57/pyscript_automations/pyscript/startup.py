"""Startup wiring shared by the apps.

Puts the SDK clients into hass.data so apps that are reloaded independently (pyscript reloads
each app on file change) reuse one HTTP pool instead of building their own.
"""
import ai

AI_DATA_KEY = "pyscript_ai_clients"


@time_trigger("startup")
def init_ai_clients():
    ai.configure(pyscript.config.get("global", {}))
    clients = hass.data.setdefault(AI_DATA_KEY, {})
    clients["anthropic"] = ai.get_anthropic()
    clients["openai"] = ai.get_openai()
    clients["groq"] = ai.get_groq()
    clients["genai"] = ai.get_genai()
    log.info(f"AI clients ready: {sorted(clients)}")
    state.set("sensor.ai_clients", "ready", providers=sorted(clients))


@service
def ai_clients_reload():
    """yaml
name: Reload AI clients
description: Re-read API keys from configuration.yaml and rebuild the SDK clients.
"""
    hass.data.pop(AI_DATA_KEY, None)
    init_ai_clients()
