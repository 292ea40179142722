"""Model discovery for the settings panel combo boxes."""
import ollama

from freecad.aiassist import preferences
from . import clients


def list_openai_models():
    return sorted(m.id for m in clients.get_openai_client().models.list() if m.id.startswith(("gpt", "o")))


def list_anthropic_models():
    page = clients.get_anthropic_client().models.list(limit=50)
    return [m.id for m in page.data]


def list_groq_models():
    return [m.id for m in clients.get_groq_client().models.list().data]


def list_ollama_models():
    try:
        data = ollama.Client(host=preferences.ollama_host()).list()
    except Exception:
        return []
    return [m.model for m in data.models]


def pull_ollama_model(name, progress=None):
    for status in ollama.pull(name, stream=True):
        if progress:
            progress(status.get("status", ""), status.get("completed"), status.get("total"))


LISTERS = {
    "openai": list_openai_models,
    "anthropic": list_anthropic_models,
    "groq": list_groq_models,
    "ollama": list_ollama_models,
    "deepseek": lambda: ["deepseek-chat", "deepseek-reasoner"],
}
