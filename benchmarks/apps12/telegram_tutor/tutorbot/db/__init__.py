from tutorbot.db.session import get_session, init_models, session_scope

__all__ = ["get_session", "init_models", "session_scope"]
