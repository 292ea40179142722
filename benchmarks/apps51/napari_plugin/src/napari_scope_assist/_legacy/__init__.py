"""Pre-0.3 code kept for the 'classic' caption button. Do not extend."""
from .captioner_v1 import LegacyCaptioner, caption_file  # noqa: F401
