from docintel.core.settings import settings  # noqa: F401
