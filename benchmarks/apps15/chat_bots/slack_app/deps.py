"""Process-wide singletons for the Slack app.

Handlers import this module (not the factories) so tests can swap attributes on it.
"""
from shared.clients import get_fireworks, get_groq, get_together
from shared.personas import personas
from shared.ratelimit import get_limiter
from shared.router import get_router
from shared.store import get_store

store = get_store()
limiter = get_limiter(store.redis)
router = get_router()
registry = personas()

groq = get_groq()
together = get_together()
fireworks = get_fireworks()

PLATFORM = "slack"
