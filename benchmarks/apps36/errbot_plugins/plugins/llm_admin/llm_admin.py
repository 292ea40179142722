import time

from errbot import BotPlugin, botcmd

from lib import clients, registry
from lib.cost import count_tokens, estimate_cost, format_cost_table
from lib.http_llm import health as anthropic_health
from lib.settings import MODELS


class LLMAdmin(BotPlugin):
    """Provider administration for bot admins."""

    @botcmd
    def llm_models(self, msg, args):
        """List models visible to our API keys."""
        provider = args.strip() or "openai"
        if provider == "openai":
            names = [m.id for m in clients.get_openai_client().models.list()]
        elif provider == "anthropic":
            names = [m.id for m in clients.get_anthropic_client().models.list(limit=50)]
        elif provider == "mistral":
            names = [m.id for m in clients.get_mistral_client().models.list().data]
        elif provider == "groq":
            names = [m.id for m in clients.get_groq_client().models.list().data]
        elif provider == "cohere":
            names = [m.name for m in clients.get_cohere_client().models.list().models]
        else:
            return f"Unknown provider {provider}"
        return "\n".join(sorted(names)[:80])

    @botcmd
    def llm_cost(self, msg, args):
        """Price table, or estimate: !llm cost <model> <in_tokens> <out_tokens>"""
        parts = args.split()
        if len(parts) == 3:
            return f"${estimate_cost(parts[0], int(parts[1]), int(parts[2])):.4f}"
        return format_cost_table()

    @botcmd
    def llm_tokens(self, msg, args):
        """Approximate token count of a text."""
        return f"~{count_tokens(args)} tokens"

    @botcmd
    def llm_ping(self, msg, args):
        """Send a one-token request to every provider and report latency."""
        lines = []
        for name in registry.available():
            started = time.monotonic()
            try:
                registry.chat(name, [{"role": "user", "content": "ping"}], max_tokens=1)
                lines.append(f"{name}: ok ({(time.monotonic() - started) * 1000:.0f} ms)")
            except Exception as exc:  # noqa: BLE001
                lines.append(f"{name}: FAIL {exc.__class__.__name__}")
        lines.append(f"anthropic-http: {'ok' if anthropic_health() else 'FAIL'}")
        return "\n".join(lines)

    @botcmd
    def llm_embedcheck(self, msg, args):
        """Check the OpenAI embedding model dimension (used by the old index)."""
        resp = clients.get_openai_client().embeddings.create(model=MODELS.openai_embed, input=["healthcheck"])
        return f"{MODELS.openai_embed}: dim={len(resp.data[0].embedding)}"

    @botcmd
    def llm_tokenize(self, msg, args):
        """Cohere tokenizer (free endpoint)."""
        resp = clients.get_cohere_client().tokenize(text=args, model=MODELS.cohere_chat)
        return f"{len(resp.tokens)} cohere tokens"

    @botcmd(admin_only=True)
    def llm_reset(self, msg, args):
        """Drop cached clients (after a key rotation)."""
        clients.reset_clients()
        return "Client caches cleared."
