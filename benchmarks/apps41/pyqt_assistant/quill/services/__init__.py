"""Services layer (WIP refactor: moving logic out of workers/ and ui/)."""
from quill.services.dictation import DictationService
from quill.services.safety import SafetyService

__all__ = ["DictationService", "SafetyService"]
