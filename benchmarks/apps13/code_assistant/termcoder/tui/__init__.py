from .app import TermcoderApp

__all__ = ["TermcoderApp"]
