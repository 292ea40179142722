"""Route modules.

``ask`` registers on Bottle's default app (module level decorators, the
original style).  The others build their own ``Bottle()`` sub-apps which
app.py mounts under a prefix.
"""

from hrassist.routes import admin, api_v1, ask, health, letters  # noqa: F401
from hrassist.teams_bot import bot as teams_bot

SUBAPPS = {
    "/admin": admin.app,
    "/api/v1": api_v1.app,
    "/letters": letters.app,
    "/health": health.app,
    "/teams": teams_bot,
}
