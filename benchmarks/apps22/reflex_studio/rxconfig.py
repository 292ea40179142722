import os

import reflex as rx

config = rx.Config(
    app_name="studio",
    db_url=os.getenv("DATABASE_URL", "sqlite:///studio.db"),
    redis_url=os.getenv("REDIS_URL"),
    env=rx.Env.DEV if os.getenv("STUDIO_ENV", "dev") == "dev" else rx.Env.PROD,
    tailwind=None,
    plugins=[rx.plugins.SitemapPlugin()],
)
